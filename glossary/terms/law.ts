import type { TermEntry } from '../schema';

/**
 * Laws, bills and treaties that encryption-policy news keeps returning to.
 * Acronyms that are also ordinary words or other things (IPA the beer, TCN the immigration
 * term) are case-sensitive, and their entries are `ambiguous` so they stay quiet off-topic.
 * Broad laws that most pages cite for other reasons (GDPR, DSA, DMA, human-rights charters)
 * are `ambiguous` as well, so that they do not make an unrelated page look on-topic.
 */
export const LAW_TERMS: TermEntry[] = [
  {
    id: 'investigatory-powers-act',
    term: 'Investigatory Powers Act',
    category: 'law',
    forms: [
      'Investigatory Powers Act',
      'Investigatory Powers Act 2016',
      'Investigatory Powers Bill',
      'Investigatory Powers (Amendment) Act',
      'Investigatory Powers (Amendment) Bill',
      'Investigatory Powers Amendment Act',
      'Investigatory Powers Amendment Bill',
      "Snoopers' Charter",
      "Snooper's Charter",
      'Snoopers Charter',
    ],
    caseSensitiveForms: ['IPA'],
    // "IPA" is also a beer style; off-topic pages must not light up.
    ambiguous: true,
    short:
      "The UK's 2016 law setting out the surveillance powers of police and intelligence agencies, including interception, bulk data collection, hacking and orders to tech firms. Critics call it the Snoopers' Charter.",
    related: [
      'technical-capability-notice',
      'regulation-of-investigatory-powers-act',
      'bulk-interception',
      'communications-data',
      'lawful-hacking',
      'home-office',
      'investigatory-powers-commissioner',
      'investigatory-powers-tribunal',
    ],
  },
  {
    id: 'technical-capability-notice',
    term: 'Technical Capability Notice',
    category: 'law',
    forms: ['technical capability notice', 'technical capability notices', 'capability notice', 'capability notices'],
    caseSensitiveForms: ['TCN', 'TCNs'],
    // "TCN" also means "third-country national" in immigration news.
    ambiguous: true,
    short:
      'A confidential order, under the UK Investigatory Powers Act or Australia\'s Assistance and Access Act, making a communications provider build or keep the ability to help authorities; in the UK this can include removing its encryption.',
    related: ['investigatory-powers-act', 'assistance-and-access-act', 'home-office', 'apple', 'advanced-data-protection', 'backdoor'],
  },
  {
    id: 'online-safety-act',
    term: 'Online Safety Act',
    category: 'law',
    forms: ['Online Safety Act', 'Online Safety Act 2023', 'Online Safety Bill'],
    short:
      'UK law of 2023 that places duties on online services to tackle illegal and harmful content, enforced by Ofcom. A contested power lets Ofcom require services to use approved technology to detect child abuse material.',
    related: ['ofcom', 'client-side-scanning', 'csam', 'end-to-end-encryption', 'eu-csa-regulation'],
  },
  {
    id: 'eu-csa-regulation',
    term: 'CSA Regulation ("Chat Control")',
    category: 'law',
    forms: [
      'Chat Control',
      'Chat Control 2.0',
      'Chatcontrol',
      'CSA Regulation',
      'CSAM Regulation',
      'CSA Regulation proposal',
      'Child Sexual Abuse Regulation',
      'regulation to prevent and combat child sexual abuse',
    ],
    caseSensitiveForms: ['CSAR'],
    short:
      'Proposed EU law (2022) against online child sexual abuse. Critics call it "Chat Control" because it would let authorities order services to scan private messages, including end-to-end encrypted ones.',
    related: [
      'detection-order',
      'client-side-scanning',
      'csam',
      'eprivacy',
      'european-commission',
      'european-parliament',
      'council-of-the-eu',
      'online-safety-act',
    ],
  },
  {
    id: 'earn-it-act',
    term: 'EARN IT Act',
    category: 'law',
    forms: ['EARN IT Act', 'EARN IT bill'],
    caseSensitiveForms: ['EARN IT'],
    short:
      'A US bill, first introduced in 2020, that would narrow online platforms\' legal immunity for user content in cases involving child sexual abuse material. Critics say it would discourage end-to-end encryption.',
    related: ['section-230', 'csam', 'end-to-end-encryption', 'ncmec', 'lawful-access'],
  },
  {
    id: 'cloud-act',
    term: 'CLOUD Act',
    category: 'law',
    forms: ['CLOUD Act', 'Clarifying Lawful Overseas Use of Data Act'],
    short:
      'US law of 2018 letting US authorities demand data from US providers wherever it is stored, and allowing agreements under which foreign governments can request data directly from US companies.',
    related: ['e-evidence', 'department-of-justice', 'lawful-access'],
  },
  {
    id: 'calea',
    term: 'CALEA',
    category: 'law',
    forms: ['Communications Assistance for Law Enforcement Act'],
    caseSensitiveForms: ['CALEA'],
    short:
      'US law of 1994 requiring telecom carriers to build their networks so that authorised wiretaps can be carried out. Carriers need not decrypt communications unless they provided the encryption and can decrypt it.',
    related: ['lawful-interception', 'fbi', 'going-dark', 'warrant'],
  },
  {
    id: 'assistance-and-access-act',
    term: 'Assistance and Access Act 2018',
    category: 'law',
    forms: [
      'Assistance and Access Act',
      'Assistance and Access Act 2018',
      'Assistance and Access Bill',
      'TOLA Act',
    ],
    caseSensitiveForms: ['TOLA'],
    short:
      "Australian law of 2018 (known as TOLA) that lets agencies request or compel communications providers to help them access data, while barring demands that would build a 'systemic weakness' into products.",
    related: ['technical-capability-notice', 'technical-assistance-notice', 'systemic-weakness', 'asio', 'five-eyes', 'backdoor'],
  },
  {
    id: 'technical-assistance-notice',
    term: 'Technical assistance notice',
    category: 'law',
    forms: [
      'technical assistance notice',
      'technical assistance notices',
      'technical assistance request',
      'technical assistance requests',
    ],
    short:
      "Under Australia's Assistance and Access Act 2018, a request (voluntary) or notice (compulsory) asking a communications provider for help it is already able to give, such as handing over data it can access.",
    related: ['assistance-and-access-act', 'technical-capability-notice', 'systemic-weakness', 'asio'],
  },
  {
    id: 'all-writs-act',
    term: 'All Writs Act',
    category: 'law',
    forms: ['All Writs Act', 'All Writs Act of 1789'],
    short:
      'A US law dating from 1789 that lets federal courts issue orders needed to carry out their jurisdiction. The FBI relied on it in 2016 to seek an order forcing Apple to help unlock a shooter\'s iPhone.',
    related: ['apple', 'fbi', 'department-of-justice', 'device-encryption'],
  },
  {
    id: 'wassenaar-arrangement',
    term: 'Wassenaar Arrangement',
    category: 'law',
    forms: ['Wassenaar Arrangement'],
    short:
      'An international export-control regime of 42 states for conventional arms and dual-use goods. Its lists cover cryptography and, since 2013, intrusion software and internet surveillance systems.',
    related: ['dual-use', 'crypto-wars', 'encryption'],
  },
  {
    id: 'gdpr',
    term: 'GDPR',
    category: 'law',
    forms: ['GDPR', 'General Data Protection Regulation'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU's data protection law, applied since May 2018. It names encryption as a security measure and relieves organisations of telling people about a breach when the leaked data was encrypted.",
    related: ['eprivacy', 'edpb', 'edps', 'privacy-by-design', 'charter-of-fundamental-rights'],
  },
  {
    id: 'eprivacy',
    term: 'ePrivacy Directive',
    category: 'law',
    forms: [
      'ePrivacy',
      'e-Privacy',
      'ePrivacy Directive',
      'e-Privacy Directive',
      'ePrivacy Regulation',
      'e-Privacy Regulation',
      'Directive on privacy and electronic communications',
    ],
    short:
      'EU directive of 2002 protecting the confidentiality of electronic communications and traffic data. A proposed ePrivacy Regulation to replace it, tabled in 2017, never passed.',
    related: ['gdpr', 'eu-csa-regulation', 'data-retention', 'metadata'],
  },
  {
    id: 'regulation-of-investigatory-powers-act',
    term: 'Regulation of Investigatory Powers Act 2000',
    category: 'law',
    forms: ['Regulation of Investigatory Powers Act', 'Regulation of Investigatory Powers Act 2000'],
    caseSensitiveForms: ['RIPA'],
    short:
      'UK surveillance law of 2000, partly replaced by the Investigatory Powers Act 2016. Its Part III lets authorities require a person to hand over decryption keys or decrypted data, with prison for refusing.',
    related: ['investigatory-powers-act', 'key-disclosure', 'encryption-key', 'lawful-interception'],
  },
  {
    id: 'fisa',
    term: 'Foreign Intelligence Surveillance Act',
    category: 'law',
    forms: ['FISA', 'Foreign Intelligence Surveillance Act'],
    short:
      'US law of 1978 setting rules for electronic surveillance to gather foreign intelligence, overseen by a special court. Amendments since 2001 widened it, notably Section 702.',
    related: ['fisa-section-702', 'fisa-court', 'nsa', 'fbi', 'patriot-act'],
  },
  {
    id: 'fisa-section-702',
    term: 'Section 702',
    category: 'law',
    forms: ['Section 702', 'FISA Section 702', 'Section 702 of FISA'],
    // "Section 702" is also a section number in unrelated codes, such as US tax law.
    ambiguous: true,
    short:
      'A FISA provision added in 2008 allowing US intelligence agencies to collect communications of foreigners abroad from US providers without individual warrants. Communications of Americans in contact with them can be collected too.',
    related: ['fisa', 'nsa', 'fisa-court', 'mass-surveillance', 'warrant'],
  },
  {
    id: 'patriot-act',
    term: 'USA PATRIOT Act',
    category: 'law',
    forms: ['Patriot Act', 'USA PATRIOT Act'],
    short:
      'US counter-terrorism law passed after the 11 September 2001 attacks that broadened surveillance powers. Its Section 215 was used for the NSA\'s bulk collection of phone records revealed in 2013.',
    related: ['usa-freedom-act', 'fisa', 'nsa', 'bulk-interception', 'mass-surveillance'],
  },
  {
    id: 'usa-freedom-act',
    term: 'USA Freedom Act',
    category: 'law',
    forms: ['USA Freedom Act'],
    short:
      'US law of 2015 that ended the NSA\'s bulk collection of Americans\' phone records under the Patriot Act, leaving the records with phone companies to be requested case by case.',
    related: ['patriot-act', 'nsa', 'bulk-interception', 'fisa-court'],
  },
  {
    id: 'data-retention-directive',
    term: 'Data Retention Directive',
    category: 'law',
    forms: ['Data Retention Directive'],
    short:
      'EU directive of 2006 requiring telecom providers to keep traffic and location data for 6 to 24 months for law enforcement. The EU Court of Justice declared it invalid in 2014.',
    related: ['data-retention', 'cjeu', 'communications-data', 'eprivacy'],
  },
  {
    id: 'digital-services-act',
    term: 'Digital Services Act',
    category: 'law',
    forms: ['Digital Services Act'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'EU regulation of 2022 setting rules for online platforms on illegal content, transparency and systemic risks, with the strictest duties for very large platforms. Fully applicable since February 2024.',
    related: ['digital-markets-act', 'european-commission', 'online-safety-act'],
  },
  {
    id: 'digital-markets-act',
    term: 'Digital Markets Act',
    category: 'law',
    forms: ['Digital Markets Act'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'EU regulation of 2022 imposing competition duties on "gatekeeper" platforms, including opening their messaging services to interoperate with rivals while keeping the same level of security, such as end-to-end encryption.',
    related: ['digital-services-act', 'whatsapp', 'meta', 'end-to-end-encryption', 'messaging-layer-security'],
  },
  {
    id: 'e-evidence',
    term: 'e-Evidence rules',
    category: 'law',
    forms: [
      'e-Evidence',
      'e-Evidence Regulation',
      'European Production Order',
      'European Production Orders',
      'European Preservation Order',
      'European Preservation Orders',
    ],
    short:
      'EU rules adopted in 2023 letting a judicial authority in one member state order a service provider in another to hand over or preserve electronic evidence for criminal proceedings.',
    related: ['cloud-act', 'lawful-access', 'europol', 'convention-on-cybercrime'],
  },
  {
    id: 'european-convention-on-human-rights',
    term: 'European Convention on Human Rights',
    category: 'law',
    forms: [
      'European Convention on Human Rights',
      'ECHR',
      'Article 8 ECHR',
      'Article 8 of the ECHR',
      'Article 8 of the European Convention on Human Rights',
    ],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'Council of Europe treaty of 1950 protecting basic rights. Its Article 8, the right to respect for private life and correspondence, is the yardstick for surveillance laws in Europe.',
    related: ['european-court-of-human-rights', 'charter-of-fundamental-rights', 'proportionality', 'mass-surveillance'],
  },
  {
    id: 'charter-of-fundamental-rights',
    term: 'EU Charter of Fundamental Rights',
    category: 'law',
    forms: [
      'Charter of Fundamental Rights',
      'Charter of Fundamental Rights of the European Union',
      'EU Charter of Fundamental Rights',
    ],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'The EU\'s bill of rights, binding since 2009. Article 7 protects private life and communications and Article 8 personal data; EU surveillance and scanning laws are tested against them.',
    related: ['cjeu', 'european-convention-on-human-rights', 'gdpr', 'proportionality'],
  },
  {
    id: 'section-230',
    term: 'Section 230',
    category: 'law',
    forms: ['Section 230', 'Section 230 of the Communications Decency Act'],
    // Other statutes have a section 230 too.
    ambiguous: true,
    short:
      'A 1996 US law provision that largely shields online services from liability for what their users post. Proposals such as the EARN IT Act would tie this shield to how services handle abuse material.',
    related: ['earn-it-act', 'csam'],
  },
  {
    id: 'convention-on-cybercrime',
    term: 'Budapest Convention on Cybercrime',
    category: 'law',
    forms: ['Budapest Convention', 'Convention on Cybercrime', 'Cybercrime Convention'],
    short:
      'Council of Europe treaty of 2001, the first international treaty on computer crime. It harmonises offences and lets countries cooperate on gathering electronic evidence across borders.',
    related: ['cybercrime', 'e-evidence', 'lawful-access'],
  },
  {
    id: 'accredited-technology',
    term: 'Accredited technology',
    category: 'law',
    forms: ['accredited technology', 'accredited technologies'],
    // Also a stock phrase of course and certification listings.
    ambiguous: true,
    short:
      'Under the UK Online Safety Act 2023, technology certified as accurate enough at finding terrorism or child sexual abuse content, which Ofcom may order a service to use, critics fear even on encrypted messages.',
    related: ['online-safety-act', 'ofcom', 'client-side-scanning', 'csam', 'end-to-end-encryption', 'technical-capability-notice'],
  },
  {
    id: 'electronic-protection',
    term: 'Removal of electronic protection',
    category: 'law',
    forms: ['electronic protection', 'removal of electronic protection', 'remove electronic protection', 'removing electronic protection'],
    // In electronic warfare, "electronic protection" is shielding radar and radios from jamming.
    ambiguous: true,
    short:
      "Wording in the UK's Investigatory Powers Act, and similar wording in Australia's Assistance and Access Act, covering encryption applied by a provider. A technical capability notice can require the ability to remove it.",
    related: ['technical-capability-notice', 'investigatory-powers-act', 'assistance-and-access-act', 'judicial-commissioner', 'encryption'],
  },
  {
    id: 'interim-csam-regulation',
    term: 'Interim regulation on voluntary CSAM detection',
    category: 'law',
    forms: ['interim regulation', 'ePrivacy derogation', 'interim ePrivacy derogation'],
    // Governments pass interim regulations on everything from fisheries to rents.
    ambiguous: true,
    short:
      'A temporary EU law of 2021 that lets messaging and email services keep scanning voluntarily for child sexual abuse material despite the ePrivacy confidentiality rules, until a permanent law is agreed.',
    related: ['eu-csa-regulation', 'eprivacy', 'csam', 'detection-order', 'client-side-scanning'],
  },
  {
    id: 'qualified-majority',
    term: 'Qualified majority',
    category: 'law',
    forms: ['qualified majority', 'qualified majority voting', 'blocking minority', 'blocking minorities'],
    caseSensitiveForms: ['QMV'],
    // Shareholder meetings and other assemblies decide by qualified majorities too.
    ambiguous: true,
    short:
      "The Council of the EU's usual voting rule: a measure passes with 55% of member states representing at least 65% of the EU's population. At least four states can block it if they hold over 35% of the population.",
    related: ['council-of-the-eu', 'european-parliament', 'european-commission', 'eu-csa-regulation'],
  },
  {
    id: 'decryption-mandate',
    term: 'Decryption mandate',
    category: 'law',
    // No plural "decryption capabilities": it usually means what an agency can break, not a duty.
    forms: [
      'decryption mandate',
      'decryption mandates',
      'decryption capability',
      'decryption requirement',
      'decryption requirements',
      'mandatory decryption',
      'mandated decryption',
    ],
    short:
      'A legal duty on a telecoms operator or online service to be able to hand over decrypted, readable communications when the authorities ask. Applied to end-to-end encryption, critics say it means a backdoor.',
    related: ['exceptional-access', 'key-disclosure', 'technical-capability-notice', 'electronic-protection', 'calea', 'lawful-interception', 'backdoor'],
  },
  {
    id: 'protection-of-communications-secrets-act',
    term: 'Protection of Communications Secrets Act (South Korea)',
    category: 'law',
    forms: ['Protection of Communications Secrets Act', 'Protection of Communication Secrets Act'],
    short:
      "South Korea's 1993 law on intercepting communications and obtaining communications records. Criminal wiretaps need a court's permission and are limited to listed serious crimes; national-security interception has its own rules.",
    related: ['lawful-interception', 'wiretapping', 'warrant', 'communications-data', 'spyware'],
  },
  {
    id: 'export-controls',
    term: 'Export controls (encryption)',
    category: 'law',
    forms: [
      'export controls',
      'export control',
      'encryption export controls',
      'crypto export controls',
      'export controls on encryption',
      'export controls on cryptography',
    ],
    // Most export-control news is about arms, chips or sanctions: let the topic gate decide.
    ambiguous: true,
    short:
      'Rules requiring a licence to export certain goods and technology. The US controlled strong encryption like a weapon until it eased the rules in 1996 and 2000; encryption is still a listed dual-use item.',
    related: ['crypto-wars', 'wassenaar-arrangement', 'dual-use', 'clipper-chip', 'pgp'],
  },
  {
    id: 'intelligible-form',
    term: 'Intelligible form',
    category: 'law',
    forms: [
      'intelligible form',
      'readable form',
      'clear form',
      'render intelligible',
      'readable copy',
      'readable copies',
      'content in clear',
      'legible form',
      'intelligible format',
      'readable content',
      'readable format',
      'readable archive',
      'readable archives',
    ],
    // "In readable form" is also everyday English: keep it to pages about encryption.
    ambiguous: true,
    short:
      'Legal wording for content handed over in a form people can read, with any encryption removed. Interception and investigatory-powers laws use it to say what providers or key holders must produce.',
    related: ['plaintext', 'lawful-interception', 'calea', 'regulation-of-investigatory-powers-act', 'decryption-mandate'],
  },
  {
    id: 'secrecy-of-correspondence',
    term: 'Secrecy of correspondence',
    category: 'law',
    forms: [
      'secrecy of correspondence',
      'secrecy of communications',
      'secrecy of communication',
      'secrecy of telecommunications',
      'privacy of correspondence',
      'confidentiality of correspondence',
      'inviolability of communications',
      'inviolability of private communications',
      'inviolability of correspondence',
      'confidentiality of communications',
    ],
    short:
      "A fundamental right, written into many constitutions and human-rights treaties, that letters, calls and messages may not be opened or monitored except as the law allows, usually with a judge's order.",
    related: ['european-convention-on-human-rights', 'charter-of-fundamental-rights', 'lawful-interception', 'warrant'],
  },
  {
    id: 'self-incrimination',
    term: 'Self-incrimination',
    category: 'law',
    forms: ['self-incrimination', 'self-incriminating', 'privilege against self-incrimination', 'right against self-incrimination'],
    short:
      'The right not to be forced to give evidence against oneself. Courts disagree on whether making a suspect reveal a phone passcode or decryption key breaches it.',
    related: ['key-disclosure', 'device-encryption', 'warrant'],
  },
  {
    id: 'sunset-clause',
    term: 'Sunset clause',
    category: 'law',
    forms: ['sunset clause', 'sunset clauses', 'sunset provision', 'sunset provisions'],
    short:
      'A provision that makes a law, or part of it, expire on a set date unless the legislature renews it. Surveillance powers are often passed with one so that they must be reviewed.',
    related: ['fisa-section-702', 'patriot-act', 'interim-csam-regulation'],
  },
  {
    id: 'technical-assistance',
    term: 'Technical assistance (duty to assist)',
    category: 'law',
    forms: [
      'technical assistance',
      'reasonable technical assistance',
      'technical assistance order',
      'technical assistance orders',
      'assistance order',
      'assistance orders',
      'industry assistance',
    ],
    // Development aid's "technical assistance" to ministries and central banks.
    ambiguous: true,
    short:
      'A legal duty on a company or person to help investigators carry out a warrant or court order, for example by extracting data or unlocking a device. Whether it can require weakening encryption is disputed.',
    related: [
      'all-writs-act',
      'technical-assistance-notice',
      'assistance-and-access-act',
      'technical-capability-notice',
      'systemic-weakness',
    ],
  },
  {
    id: 'production-order',
    term: 'Production order',
    category: 'law',
    forms: ['production order', 'production orders'],
    short:
      'A court order requiring a person or company to hand over documents or data it already holds, such as account records, instead of the police searching for them. Canada, the UK and New Zealand use the term.',
    related: ['warrant', 'subpoena', 'e-evidence', 'subscriber-information'],
  },
  {
    id: 'subpoena',
    term: 'Subpoena',
    category: 'law',
    forms: ['subpoena', 'subpoenas', 'subpoenaed', 'administrative subpoena', 'administrative subpoenas'],
    short:
      'A legal order, mainly in the US and other common-law systems, requiring someone to testify or hand over documents. Investigators use subpoenas to get basic account records from online services; message content usually needs a warrant.',
    related: ['warrant', 'production-order', 'subscriber-information', 'metadata'],
  },
  {
    id: 'amicus-curiae',
    term: 'Amicus curiae (friend of the court)',
    category: 'law',
    forms: [
      'amicus curiae',
      'amici curiae',
      'amicus brief',
      'amicus briefs',
      'friend of the court',
      'friend-of-the-court brief',
      'friend-of-the-court briefs',
    ],
    short:
      "Latin for 'friend of the court': a person or group that is not a party to a case but is allowed to give the court information or arguments, usually in a written brief.",
    related: ['all-writs-act', 'apple', 'eff'],
  },
  {
    id: 'professional-secrecy',
    term: 'Professional secrecy (legal privilege)',
    category: 'law',
    forms: [
      'professional secrecy',
      'legal professional privilege',
      'legal privilege',
      'attorney-client privilege',
      'lawyer-client privilege',
      'solicitor-client privilege',
    ],
    short:
      'The duty of lawyers, doctors and some other professionals to keep confidential what clients or patients entrust to them, and the legal protection against being forced to disclose it. For lawyers it is also called legal privilege.',
    related: ['secrecy-of-correspondence', 'self-incrimination', 'european-convention-on-human-rights'],
  },
  {
    id: 'mutual-legal-assistance',
    term: 'Mutual legal assistance (MLAT)',
    category: 'law',
    forms: [
      'mutual legal assistance',
      'mutual legal assistance treaty',
      'mutual legal assistance treaties',
      'MLAT',
      'MLATs',
    ],
    short:
      'Cooperation between states in criminal cases under treaties that let one country ask another to gather evidence for it, such as data held by a provider abroad. Requests often take months.',
    related: ['cloud-act', 'e-evidence', 'convention-on-cybercrime'],
  },
  {
    id: 'fourth-amendment',
    term: 'Fourth Amendment (US)',
    category: 'law',
    forms: [],
    caseSensitiveForms: ['Fourth Amendment'],
    // Other constitutions and bills have fourth amendments too.
    ambiguous: true,
    short:
      'The part of the US Constitution that protects people against unreasonable searches and seizures and requires warrants to be based on probable cause. It governs when police may search phones and obtain data.',
    related: ['warrant', 'fifth-amendment', 'metadata'],
  },
  {
    id: 'fifth-amendment',
    term: 'Fifth Amendment (US)',
    category: 'law',
    forms: [],
    caseSensitiveForms: ['Fifth Amendment'],
    // Other constitutions and bills have fifth amendments too.
    ambiguous: true,
    short:
      'The part of the US Constitution that includes the privilege against self-incrimination. US courts disagree over whether it lets suspects refuse to reveal or enter the passcode of an encrypted device.',
    related: ['self-incrimination', 'key-disclosure', 'passcode', 'fourth-amendment'],
  },
  {
    id: 'data-protection-impact-assessment',
    term: 'Data protection impact assessment (DPIA)',
    category: 'law',
    forms: [
      'data protection impact assessment',
      'data protection impact assessments',
      'privacy impact assessment',
      'privacy impact assessments',
      'DPIA',
      'DPIAs',
    ],
    short:
      "A documented assessment of how a planned project or law will affect people's privacy and how the risks will be reduced. The GDPR requires one before processing that is likely to pose a high risk.",
    related: ['gdpr', 'data-protection-authority', 'privacy-by-design', 'proportionality'],
  },
  {
    id: 'interpersonal-communications-service',
    term: 'Interpersonal communications service',
    category: 'law',
    forms: [
      'interpersonal communications service',
      'interpersonal communications services',
      'interpersonal communication service',
      'interpersonal communication services',
      'number-independent interpersonal communications service',
      'number-independent interpersonal communications services',
      'number-independent communications service',
      'number-independent communications services',
      'number-independent communication service',
      'number-independent communication services',
    ],
    short:
      "EU legal term for services that let people exchange messages or calls with recipients they choose. 'Number-independent' ones, such as most messaging apps, do not connect to the public telephone numbering system.",
    related: [
      'eprivacy',
      'interim-csam-regulation',
      'eu-csa-regulation',
      'over-the-top-service',
      'electronic-communications-act',
    ],
  },
  {
    id: 'data-privacy-act-philippines',
    term: 'Data Privacy Act of 2012 (Philippines)',
    category: 'law',
    forms: ['Data Privacy Act', 'Data Privacy Act of 2012', 'Republic Act 10173'],
    short:
      "The Philippines' main data protection law, which protects personal information held by public and private bodies and created the National Privacy Commission to enforce it.",
    related: ['data-protection-authority', 'gdpr'],
  },
  {
    id: 'data-protection-act',
    term: 'Data Protection Act',
    category: 'law',
    forms: ['Data Protection Act', 'Data Protection Acts', 'Data Protection Act 2018'],
    short:
      'The name of the main data protection law in several countries, including the UK (2018), Ireland (2018), Kenya (2019) and Jamaica (2020). Such laws govern personal data and require it to be kept secure.',
    related: ['gdpr', 'data-protection-authority', 'data-protection-impact-assessment'],
  },
  {
    id: 'electronic-communications-act',
    term: 'Electronic Communications Act',
    category: 'law',
    forms: [
      'Electronic Communications Act',
      'Law on Electronic Communications',
      'Electronic Communications Law',
    ],
    short:
      'The name of the main telecoms law in many countries, including Bulgaria, Slovakia, Sweden and South Africa. Governments often amend it to set interception and data-retention duties for communications providers.',
    related: ['interpersonal-communications-service', 'lawful-interception', 'data-retention'],
  },
  {
    id: 'rapporteur',
    term: 'Rapporteur',
    category: 'law',
    forms: ['rapporteur', 'rapporteurs', 'shadow rapporteur', 'shadow rapporteurs'],
    short:
      'A member of a parliament, committee or court put in charge of a file: drafting the report on a bill or case and steering it. In the European Parliament, the other political groups each name a shadow rapporteur.',
    related: ['european-parliament', 'trilogue', 'eu-csa-regulation'],
  },
  {
    id: 'trilogue',
    term: 'Trilogue',
    category: 'law',
    forms: ['trilogue', 'trilogues', 'trialogue', 'trialogues'],
    short:
      'An informal negotiation between the European Parliament, the Council of the EU and the European Commission to agree the final text of an EU law once the Parliament and the Council have set their positions.',
    related: ['european-parliament', 'council-of-the-eu', 'european-commission', 'rapporteur'],
  },
  {
    id: 'court-order',
    term: 'Court order',
    category: 'law',
    forms: ['court order', 'court orders', 'court-ordered', 'judicial order', 'judicial orders'],
    // Mostly in the news for family, business and criminal cases that have nothing to do with encryption.
    ambiguous: true,
    short:
      'A binding instruction from a judge, for example requiring a company to hand over data or to help investigators. Interception and decryption laws usually say which measures need one.',
    related: ['warrant', 'production-order', 'subpoena', 'technical-assistance', 'intelligible-form'],
  },
  {
    id: 'public-consultation',
    term: 'Public consultation',
    category: 'law',
    forms: [
      'public consultation',
      'public consultations',
      'consultation paper',
      'consultation papers',
      'consultation document',
      'consultation documents',
      'consultation response',
      'consultation responses',
      'consultation period',
      'consultation periods',
      'comment period',
      'comment periods',
      'public comment period',
      'out for consultation',
      'for public consultation',
      'published for consultation',
      'circulated for consultation',
      'sent for consultation',
    ],
    // Consultations are held on every kind of policy; a bare "consultation" is never a form.
    ambiguous: true,
    short:
      'The stage at which a government or regulator publishes a draft law or rule and invites comments from the public, companies and experts before deciding. Responses are often published.',
    related: ['rapporteur', 'data-protection-impact-assessment'],
  },
  {
    id: 'bill-stages',
    term: 'Readings and stages of a bill',
    category: 'law',
    forms: [
      'first reading',
      'first readings',
      'second reading',
      'second readings',
      'third reading',
      'third readings',
      'committee stage',
      'report stage',
    ],
    // "On first reading" is also everyday English, and parliaments pass bills on every subject.
    ambiguous: true,
    short:
      "The steps of a bill's passage through a parliament. In Westminster systems the first reading introduces it, the second debates its principles and committee and report stages amend it before the third, final reading.",
    related: ['rapporteur', 'trilogue', 'private-members-bill'],
  },
  {
    id: 'criminal-procedure-code',
    term: 'Code of criminal procedure',
    category: 'law',
    forms: [
      'code of criminal procedure',
      'codes of criminal procedure',
      'criminal procedure code',
      'criminal procedure codes',
      'criminal procedure act',
      'criminal procedure law',
    ],
    // Cited in every kind of criminal case.
    ambiguous: true,
    short:
      'The law setting out how crimes are investigated and tried: what police and prosecutors may do, such as searching devices or intercepting calls, and which measures need a judge\'s approval.',
    related: ['investigating-judge', 'interception', 'warrant', 'court-order', 'key-disclosure'],
  },
  {
    id: 'affidavit',
    term: 'Affidavit',
    category: 'law',
    forms: ['affidavit', 'affidavits', 'sworn affidavit', 'sworn affidavits'],
    // Filed in every kind of court case.
    ambiguous: true,
    short:
      'A written statement of facts that its author swears or affirms is true, used as evidence in court. Applications for warrants and challenges to orders are often backed by affidavits.',
    related: ['warrant', 'court-order', 'amicus-curiae'],
  },
  {
    id: 'judicial-review',
    term: 'Judicial review',
    category: 'law',
    forms: ['judicial review', 'judicial reviews'],
    // Brought against decisions on planning, immigration and everything else.
    ambiguous: true,
    short:
      "A court's examination of whether a government decision, rule or law is lawful, and in some countries whether it is constitutional. Companies and rights groups use it to challenge surveillance powers and orders.",
    related: ['constitutional-court', 'court-order', 'proportionality'],
  },
  {
    id: 'lawful-request',
    term: 'Lawful request (valid legal process)',
    category: 'law',
    forms: ['lawful request', 'lawful requests', 'valid legal process', 'lawful process', 'judicial requisition', 'judicial requisitions'],
    // Also stock wording outside policing.
    ambiguous: true,
    short:
      'A demand for user data that is backed by legal authority, such as a subpoena, court order or warrant. Providers say they answer such requests with the data they hold, which for encrypted chats excludes readable content.',
    related: ['subpoena', 'court-order', 'warrant', 'subscriber-information', 'transparency-report'],
  },
  {
    id: 'popia',
    term: 'Protection of Personal Information Act (POPIA)',
    category: 'law',
    forms: ['Protection of Personal Information Act', 'POPI Act'],
    caseSensitiveForms: ['POPIA', 'Popia'],
    short:
      "South Africa's main data protection law, passed in 2013 and enforceable since July 2021. It requires organisations to keep personal information secure and is enforced by the Information Regulator.",
    related: ['data-protection-authority', 'gdpr', 'data-protection-act'],
  },
  {
    id: 'private-members-bill',
    term: "Private member's bill",
    category: 'law',
    forms: ["private member's bill", "private member's bills", "private members' bill", "private members' bills"],
    // Parliamentary procedure on every subject.
    ambiguous: true,
    short:
      'A bill introduced by a member of parliament who is not a government minister. Few become law without government support, but they can put an issue such as lawful access or child safety on the agenda.',
    related: ['bill-stages'],
  },
  {
    id: 'data-controller',
    term: 'Data controller',
    category: 'law',
    forms: ['data controller', 'data controllers'],
    short:
      'Under the GDPR and similar laws, the organisation that decides why and how personal data is processed, and so carries the main legal duties, including keeping that data secure.',
    related: ['gdpr', 'data-protection-authority', 'data-protection-impact-assessment'],
  },
  {
    id: 'pre-legislative-scrutiny',
    term: 'Pre-legislative scrutiny (general scheme)',
    category: 'law',
    forms: ['pre-legislative scrutiny', 'general scheme', 'general schemes'],
    // Parliamentary procedure on every subject, and "general scheme" is also plain English.
    ambiguous: true,
    short:
      "A parliamentary committee's examination of a draft or outline bill before it is formally introduced. In Ireland the government publishes the outline, called the general scheme, and an Oireachtas committee reports on it.",
    related: ['oireachtas', 'bill-stages', 'public-consultation'],
  },
  {
    id: 'coercive-measures-act',
    term: 'Coercive Measures Act (Finland)',
    category: 'law',
    forms: ['Coercive Measures Act'],
    short:
      "Finland's law on the investigative powers of police, customs and border guards, such as searches, seizures, telecommunications interception and covert surveillance, and the court authorisations they need.",
    related: ['criminal-procedure-code', 'interception', 'constitutional-law-committee'],
  },
  {
    id: 'criminal-code',
    term: 'Criminal code',
    category: 'law',
    forms: ['criminal code', 'criminal codes', 'penal code', 'penal codes'],
    // Cited in every kind of crime report.
    ambiguous: true,
    short:
      "A country's main law defining crimes and their penalties. Canada's Criminal Code also sets out criminal procedure, including warrants and production orders; elsewhere procedure has a code of its own.",
    related: ['criminal-procedure-code', 'warrant', 'production-order'],
  },
];
