import type { TermEntry } from '../schema';

/**
 * Organisations that take part in the encryption debate. Names that are ordinary words
 * ("Signal", "Apple", "Meta", "Telegram", "Home Office") are case-sensitive, and acronyms
 * shared with unrelated bodies (EFF, NSA, ASIO, IWF) make their entries `ambiguous`.
 * Bodies that news mostly mentions for other reasons (the European Commission in farm policy,
 * the FBI in crime reports, WhatsApp as a quote source) are `ambiguous` too: they are defined
 * on pages about encryption or surveillance, and elsewhere they neither light up nor persuade
 * the topic gate that a page is on topic.
 * The Tor Project is deliberately absent: technology owns `tor`.
 */
export const ACTORS_TERMS: TermEntry[] = [
  {
    id: 'enisa',
    term: 'ENISA',
    category: 'actor',
    forms: [
      'ENISA',
      'European Union Agency for Cybersecurity',
      'EU Agency for Cybersecurity',
      'European Network and Information Security Agency',
    ],
    short:
      "The EU's cybersecurity agency, founded in 2004 and based in Greece. It advises EU institutions and member states and has argued against weakening encryption with backdoors.",
    related: ['european-commission', 'europol', 'encryption', 'backdoor'],
  },
  {
    id: 'europol',
    term: 'Europol',
    category: 'actor',
    forms: ['Europol', 'European Union Agency for Law Enforcement Cooperation'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU's law enforcement agency, based in The Hague. It supports national police on serious crime and terrorism, and has warned that end-to-end encryption makes investigations harder.",
    related: ['going-dark', 'cybercrime', 'lawful-access', 'european-commission'],
  },
  {
    id: 'european-commission',
    term: 'European Commission',
    category: 'actor',
    forms: ['European Commission', 'EU Commission'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU's executive body. It proposes EU laws, such as the CSA Regulation, and enforces them once adopted by the European Parliament and the Council.",
    related: ['european-parliament', 'council-of-the-eu', 'eu-csa-regulation', 'enisa', 'europol'],
  },
  {
    id: 'fbi',
    term: 'FBI',
    category: 'actor',
    forms: ['FBI', 'Federal Bureau of Investigation'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The US federal police and domestic intelligence agency, part of the Justice Department. Its directors have warned for years that encryption lets criminals 'go dark'.",
    related: ['department-of-justice', 'going-dark', 'all-writs-act', 'apple', 'calea'],
  },
  {
    id: 'nsa',
    term: 'NSA',
    category: 'actor',
    forms: ['National Security Agency'],
    caseSensitiveForms: ['NSA'],
    // "NSA" is also India's National Security Adviser.
    ambiguous: true,
    short:
      "The US signals intelligence agency, which intercepts foreign communications and also protects US government systems. The 2013 Snowden leaks revealed the scale of its surveillance and its efforts to weaken encryption.",
    related: ['five-eyes', 'gchq', 'fisa-section-702', 'mass-surveillance', 'dual-ec-drbg'],
  },
  {
    id: 'gchq',
    term: 'GCHQ',
    category: 'actor',
    forms: ['GCHQ', 'Government Communications Headquarters'],
    short:
      "The UK's signals intelligence and cyber security agency, based in Cheltenham. It includes the National Cyber Security Centre, and two of its officials proposed the 'ghost' approach to encrypted chats.",
    related: ['ncsc', 'five-eyes', 'nsa', 'ghost-proposal', 'investigatory-powers-act'],
  },
  {
    id: 'five-eyes',
    term: 'Five Eyes',
    category: 'actor',
    forms: [],
    // Lower-case "five eyes" is anatomy, not the alliance.
    caseSensitiveForms: ['Five Eyes', 'FVEY'],
    short:
      'The intelligence-sharing alliance of Australia, Canada, New Zealand, the UK and the US. Its governments have issued joint statements urging tech firms to give lawful access to encrypted content.',
    related: ['nsa', 'gchq', 'asio', 'lawful-access', 'mass-surveillance'],
  },
  {
    id: 'home-office',
    term: 'Home Office',
    category: 'actor',
    forms: [],
    caseSensitiveForms: ['Home Office'],
    // A "home office" is also a room to work in.
    ambiguous: true,
    short:
      'The UK government department for policing, security and immigration. It is responsible for the Investigatory Powers Act and has pressed tech firms not to roll out end-to-end encryption without child-safety measures.',
    related: ['investigatory-powers-act', 'technical-capability-notice', 'online-safety-act', 'gchq'],
  },
  {
    id: 'eff',
    term: 'Electronic Frontier Foundation',
    category: 'actor',
    forms: ['Electronic Frontier Foundation'],
    caseSensitiveForms: ['EFF'],
    // "EFF" is also a South African political party.
    ambiguous: true,
    short:
      'A US non-profit founded in 1990 that defends civil liberties online through litigation, technology and advocacy. It has long opposed encryption backdoors.',
    related: ['crypto-wars', 'aclu', 'edri', 'backdoor'],
  },
  {
    id: 'edri',
    term: 'EDRi',
    category: 'actor',
    forms: ['EDRi', 'European Digital Rights'],
    short:
      'European Digital Rights, a Brussels-based network of digital rights organisations founded in 2002. It campaigns against the CSA Regulation ("Chat Control") and for strong encryption.',
    related: ['eu-csa-regulation', 'open-rights-group', 'eff', 'mass-surveillance'],
  },
  {
    id: 'open-rights-group',
    term: 'Open Rights Group',
    category: 'actor',
    forms: ['Open Rights Group'],
    short:
      'A UK digital rights campaign group founded in 2005. It has opposed the Investigatory Powers Act and the scanning powers in the Online Safety Act.',
    related: ['edri', 'big-brother-watch', 'investigatory-powers-act', 'online-safety-act'],
  },
  {
    id: 'signal',
    term: 'Signal',
    category: 'actor',
    forms: ['Signal Foundation'],
    caseSensitiveForms: ['Signal', 'Signal Messenger', 'Signal app'],
    // Lower-case "signal" is an everyday word; even "Signal" starts ordinary sentences.
    ambiguous: true,
    short:
      'An end-to-end encrypted messaging app run by the non-profit Signal Foundation. It collects minimal data and has said it would leave a country rather than weaken its encryption.',
    related: ['end-to-end-encryption', 'signal-protocol', 'encrypted-messaging', 'whatsapp', 'metadata', 'online-safety-act'],
  },
  {
    id: 'whatsapp',
    term: 'WhatsApp',
    category: 'actor',
    forms: ['WhatsApp'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'A messaging app owned by Meta with more than two billion users. Since 2016 its personal messages and calls have been end-to-end encrypted by default, using the Signal Protocol.',
    related: ['meta', 'signal', 'signal-protocol', 'end-to-end-encryption', 'online-safety-act'],
  },
  {
    id: 'apple',
    term: 'Apple',
    category: 'actor',
    forms: ['Apple Inc'],
    caseSensitiveForms: ['Apple'],
    // The fruit.
    ambiguous: true,
    short:
      'The US maker of the iPhone and Mac. It encrypts devices by default, fought an FBI demand to help unlock an iPhone in 2016, and withdrew an encrypted iCloud option from UK users in 2025.',
    related: ['device-encryption', 'advanced-data-protection', 'all-writs-act', 'fbi', 'technical-capability-notice', 'client-side-scanning'],
  },
  {
    id: 'ofcom',
    term: 'Ofcom',
    category: 'actor',
    forms: ['Ofcom'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The UK's communications regulator, which enforces the Online Safety Act. The Act gives it a power, subject to conditions, to require services to use accredited technology to find child sexual abuse material.",
    related: ['online-safety-act', 'home-office', 'csam'],
  },
  {
    id: 'european-parliament',
    term: 'European Parliament',
    category: 'actor',
    forms: ['European Parliament', 'EU Parliament'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU's directly elected assembly. It amends and adopts EU laws together with the Council of the EU, and took a position in 2023 to keep encrypted messaging out of the CSA Regulation's scanning.",
    related: ['european-commission', 'council-of-the-eu', 'eu-csa-regulation'],
  },
  {
    id: 'council-of-the-eu',
    term: 'Council of the EU',
    category: 'actor',
    forms: ['Council of the EU', 'Council of the European Union', 'Council presidency'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU institution where national ministers meet to adopt EU laws with the European Parliament. Member states' disagreement there held up the CSA Regulation for years.",
    related: ['european-parliament', 'european-commission', 'eu-csa-regulation'],
  },
  {
    id: 'edps',
    term: 'European Data Protection Supervisor',
    category: 'actor',
    forms: ['EDPS', 'European Data Protection Supervisor'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU's independent data protection authority for the EU institutions. It advises on new laws and has criticised the CSA Regulation's scanning proposals.",
    related: ['edpb', 'gdpr', 'eu-csa-regulation'],
  },
  {
    id: 'edpb',
    term: 'European Data Protection Board',
    category: 'actor',
    forms: ['EDPB', 'European Data Protection Board'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'The EU body of national data protection authorities and the EDPS, set up under the GDPR in 2018. It ensures the GDPR is applied consistently and issues opinions on new laws.',
    related: ['edps', 'gdpr', 'eu-csa-regulation'],
  },
  {
    id: 'ico',
    term: "Information Commissioner's Office",
    category: 'actor',
    forms: [],
    // ("the Information Commissioner's office" in Ljubljana is another country's regulator.)
    caseSensitiveForms: ["Information Commissioner's Office"],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The UK's data protection regulator, led by the Information Commissioner. It enforces UK data protection law and recommends encryption to protect personal data.",
    related: ['gdpr', 'ofcom', 'home-office'],
  },
  {
    id: 'meta',
    term: 'Meta',
    category: 'actor',
    forms: ['Meta Platforms'],
    caseSensitiveForms: ['Meta'],
    // "meta" is also an everyday prefix and word.
    ambiguous: true,
    short:
      'The US company, formerly Facebook, that owns WhatsApp, Messenger and Instagram. It made end-to-end encryption the default for Messenger chats in 2023 despite objections from police and child-safety groups.',
    related: ['whatsapp', 'end-to-end-encryption', 'home-office', 'nspcc'],
  },
  {
    id: 'telegram',
    term: 'Telegram',
    category: 'actor',
    forms: ['Telegram app', 'Telegram Messenger'],
    caseSensitiveForms: ['Telegram'],
    // A telegram is also an old-fashioned message.
    ambiguous: true,
    short:
      'A messaging and broadcasting app founded in 2013. Ordinary chats are not end-to-end encrypted; only optional one-to-one "secret chats" are.',
    related: ['end-to-end-encryption', 'encrypted-messaging', 'signal', 'whatsapp'],
  },
  {
    id: 'privacy-international',
    term: 'Privacy International',
    category: 'actor',
    forms: ['Privacy International'],
    short:
      'A London-based charity founded in 1990 that investigates and challenges government and corporate surveillance, including in court.',
    related: ['mass-surveillance', 'investigatory-powers-act', 'open-rights-group'],
  },
  {
    id: 'aclu',
    term: 'ACLU',
    category: 'actor',
    forms: ['ACLU', 'American Civil Liberties Union'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'The American Civil Liberties Union, a US non-profit founded in 1920 that defends constitutional rights and has challenged NSA surveillance in court.',
    related: ['eff', 'nsa', 'patriot-act', 'fisa-section-702'],
  },
  {
    id: 'internet-society',
    term: 'Internet Society',
    category: 'actor',
    forms: ['Internet Society'],
    caseSensitiveForms: ['ISOC'],
    short:
      'A global non-profit founded in 1992 that supports the open development of the internet and is the organisational home of the IETF. It advocates strong encryption.',
    related: ['end-to-end-encryption', 'eff', 'edri'],
  },
  {
    id: 'ncmec',
    term: 'NCMEC',
    category: 'actor',
    forms: [
      'NCMEC',
      'National Center for Missing and Exploited Children',
      'National Center for Missing & Exploited Children',
      'CyberTipline',
    ],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'The US National Center for Missing & Exploited Children, a non-profit that runs the CyberTipline, to which US online providers must report child sexual abuse material they find.',
    related: ['csam', 'iwf', 'earn-it-act', 'end-to-end-encryption'],
  },
  {
    id: 'iwf',
    term: 'Internet Watch Foundation',
    category: 'actor',
    forms: ['Internet Watch Foundation'],
    caseSensitiveForms: ['IWF'],
    // "IWF" is also the International Weightlifting Federation.
    ambiguous: true,
    short:
      'A UK charity founded in 1996 that finds and removes child sexual abuse material online and supplies lists and hashes of known images to tech companies.',
    related: ['csam', 'ncmec', 'nspcc', 'perceptual-hashing', 'photodna'],
  },
  {
    id: 'nspcc',
    term: 'NSPCC',
    category: 'actor',
    forms: ['NSPCC', 'National Society for the Prevention of Cruelty to Children'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "A UK children's charity that campaigned for the Online Safety Act and has warned that end-to-end encryption can hide child abuse on social media.",
    related: ['online-safety-act', 'iwf', 'csam', 'meta'],
  },
  {
    id: 'department-of-justice',
    term: 'US Department of Justice',
    category: 'actor',
    forms: ['US Department of Justice', 'Justice Department', 'DOJ'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The US federal department for law enforcement, led by the Attorney General and including the FBI. It has long pressed tech companies for 'lawful access' to encrypted data.",
    related: ['fbi', 'lawful-access', 'all-writs-act', 'cloud-act'],
  },
  {
    id: 'asio',
    term: 'ASIO',
    category: 'actor',
    forms: ['Australian Security Intelligence Organisation'],
    caseSensitiveForms: ['ASIO'],
    // "ASIO" is also an audio driver standard.
    ambiguous: true,
    short:
      "Australia's domestic security intelligence agency, founded in 1949. It can use the powers of the Assistance and Access Act 2018 and has argued for access to encrypted messages.",
    related: ['assistance-and-access-act', 'five-eyes', 'lawful-access'],
  },
  {
    id: 'ncsc',
    term: 'National Cyber Security Centre',
    category: 'actor',
    forms: ['National Cyber Security Centre'],
    caseSensitiveForms: ['NCSC'],
    short:
      "The UK's technical authority for cyber security, part of GCHQ, launched in 2016. Several other countries have agencies with the same name.",
    related: ['gchq', 'ghost-proposal', 'vulnerability'],
  },
  {
    id: 'european-court-of-human-rights',
    term: 'European Court of Human Rights',
    category: 'actor',
    forms: ['European Court of Human Rights', 'ECtHR'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'The Strasbourg court of the Council of Europe that rules on breaches of the European Convention on Human Rights, including in cases on mass surveillance and encryption.',
    related: ['european-convention-on-human-rights', 'cjeu', 'mass-surveillance'],
  },
  {
    id: 'cjeu',
    term: 'Court of Justice of the EU',
    category: 'actor',
    forms: ['Court of Justice of the European Union', 'Court of Justice of the EU', 'CJEU', 'European Court of Justice', 'ECJ'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      "The EU's highest court, in Luxembourg. Its rulings have struck down EU and national rules on blanket retention of communications data.",
    related: ['data-retention-directive', 'data-retention', 'charter-of-fundamental-rights', 'european-court-of-human-rights'],
  },
  {
    id: 'cisa',
    term: 'CISA',
    category: 'actor',
    forms: ['Cybersecurity and Infrastructure Security Agency'],
    caseSensitiveForms: ['CISA'],
    short:
      "The US Cybersecurity and Infrastructure Security Agency, created in 2018 to defend federal networks and critical infrastructure. In 2024 it urged officials to use end-to-end encrypted messaging.",
    related: ['nsa', 'fbi', 'end-to-end-encryption', 'calea'],
  },
  {
    id: 'nist',
    term: 'NIST',
    category: 'actor',
    forms: ['NIST', 'National Institute of Standards and Technology'],
    // Mostly mentioned in news that is not about encryption or surveillance.
    ambiguous: true,
    short:
      'The US standards agency whose cryptography standards, such as AES and the 2024 post-quantum algorithms, are used worldwide. It withdrew the Dual_EC_DRBG generator after 2013.',
    related: ['dual-ec-drbg', 'advanced-encryption-standard', 'post-quantum-cryptography', 'cryptography', 'nsa'],
  },
  {
    id: 'big-brother-watch',
    term: 'Big Brother Watch',
    category: 'actor',
    forms: ['Big Brother Watch'],
    short:
      "A UK civil liberties group founded in 2009. It was lead applicant in the case in which the European Court of Human Rights ruled in 2021 that the UK's former bulk interception regime breached human rights.",
    related: ['open-rights-group', 'privacy-international', 'bulk-interception', 'european-court-of-human-rights'],
  },
  {
    id: 'investigatory-powers-commissioner',
    term: 'Investigatory Powers Commissioner',
    category: 'actor',
    forms: ["Investigatory Powers Commissioner's Office", 'Investigatory Powers Commissioner', 'IPCO'],
    short:
      'The UK oversight body set up by the Investigatory Powers Act 2016. Its Judicial Commissioners approve surveillance warrants and technical capability notices, and it audits how powers are used.',
    related: ['investigatory-powers-act', 'technical-capability-notice', 'warrant'],
  },
  {
    id: 'investigatory-powers-tribunal',
    term: 'Investigatory Powers Tribunal',
    category: 'actor',
    forms: ['Investigatory Powers Tribunal'],
    short:
      'The UK tribunal that hears complaints about surveillance by public bodies, including the intelligence agencies, and human rights claims about how surveillance powers are used.',
    related: ['investigatory-powers-act', 'investigatory-powers-commissioner', 'technical-capability-notice', 'gchq'],
  },
  {
    id: 'fisa-court',
    term: 'FISA Court',
    category: 'actor',
    forms: ['FISA Court', 'Foreign Intelligence Surveillance Court'],
    caseSensitiveForms: ['FISC'],
    short:
      'The secret US federal court that rules on government applications for foreign intelligence surveillance under FISA and approves Section 702 procedures.',
    related: ['fisa', 'fisa-section-702', 'nsa', 'fbi'],
  },
  {
    id: 'data-protection-authority',
    term: 'Data protection authority',
    category: 'actor',
    forms: [
      'data protection authority',
      'data protection authorities',
      'data protection commissioner',
      'data protection commissioners',
      'data protection commission',
      'data protection regulator',
      'data protection regulators',
      'data protection agency',
      'data protection agencies',
      'privacy commissioner',
      'privacy commissioners',
      'Office of the Privacy Commissioner',
      'Personal Information Protection Commission',
      'National Privacy Commission',
      'Information Regulator',
      'Privacy Protection Authority',
      'Data State Inspectorate',
      'Information Commissioner',
      'Information Commissioners',
    ],
    // Mostly in the news for fines and complaints that have nothing to do with encryption.
    ambiguous: true,
    short:
      "An independent public body that enforces a country's data protection or privacy law, such as the GDPR (in Canada and New Zealand, the Privacy Commissioner). Such regulators often warn that weak encryption puts personal data at risk.",
    related: ['gdpr', 'edpb', 'edps', 'ico', 'privacy-by-design'],
  },
  {
    id: 'national-crime-agency',
    term: 'National Crime Agency',
    category: 'actor',
    forms: ['National Crime Agency'],
    caseSensitiveForms: ['NCA'],
    // Mostly in crime reports, and "NCA" names unrelated bodies.
    ambiguous: true,
    short:
      "The UK's national law enforcement agency against serious and organised crime, including child sexual abuse and cybercrime. It has warned that default end-to-end encryption hides abuse from detection.",
    related: ['home-office', 'end-to-end-encryption', 'csam', 'going-dark', 'cybercrime', 'europol'],
  },
  {
    id: 'judicial-commissioner',
    term: 'Judicial Commissioner',
    category: 'actor',
    forms: ['judicial commissioner', 'judicial commissioners'],
    // Singapore's courts, among others, have Judicial Commissioners of a different kind.
    ambiguous: true,
    short:
      'In the UK, a serving or retired senior judge appointed under the Investigatory Powers Act 2016 who must approve most surveillance warrants and technical capability notices before they take effect.',
    related: ['investigatory-powers-commissioner', 'double-lock', 'investigatory-powers-act', 'warrant', 'technical-capability-notice'],
  },
  {
    id: 'home-secretary',
    term: 'Home Secretary',
    category: 'actor',
    forms: ['Home Secretary', 'Home Secretaries', 'Secretary of State for the Home Department'],
    // India, Pakistan and other countries have home secretaries of their own.
    ambiguous: true,
    short:
      'The UK government minister in charge of the Home Office, responsible for policing, security and immigration. The Home Secretary signs many interception warrants and can give technical capability notices.',
    related: ['home-office', 'technical-capability-notice', 'investigatory-powers-act', 'double-lock', 'warrant'],
  },
  {
    id: 'communications-authority-of-kenya',
    term: 'Communications Authority of Kenya',
    category: 'actor',
    forms: ['Communications Authority of Kenya', 'Communications Commission of Kenya'],
    // Like Ofcom, mostly in the news for licences, spectrum and tariffs.
    ambiguous: true,
    short:
      "Kenya's regulator for telecommunications, broadcasting and postal services, called the Communications Commission of Kenya until 2014. It licenses mobile operators and enforces SIM-card registration.",
    related: ['ofcom', 'lawful-interception', 'data-retention', 'data-protection-authority'],
  },
  {
    id: 'cnil',
    term: 'CNIL',
    category: 'actor',
    forms: ["Commission nationale de l'informatique et des libertés"],
    caseSensitiveForms: ['CNIL'],
    short:
      "France's data protection authority, the Commission nationale de l'informatique et des libertés. It enforces the GDPR in France and gives opinions on draft laws that touch personal data.",
    related: ['data-protection-authority', 'gdpr', 'edpb'],
  },
  {
    id: 'investigating-judge',
    term: 'Investigating judge',
    category: 'actor',
    forms: ['investigating judge', 'investigating judges', 'examining magistrate', 'examining magistrates', "juge d'instruction"],
    short:
      'A judge who directs a criminal investigation in many civil-law countries, such as France, Spain and Belgium, and can authorise measures such as phone taps or the search of a seized device.',
    related: ['warrant', 'lawful-interception'],
  },
  {
    id: 'coimisiun-na-mean',
    term: 'Coimisiún na Meán',
    category: 'actor',
    forms: ['Coimisiún na Meán', 'Coimisiun na Mean'],
    short:
      "Ireland's media and online safety regulator, set up in 2023. It enforces Ireland's online safety law and the EU Digital Services Act in Ireland, where many large platforms have their EU headquarters.",
    related: ['digital-services-act', 'ofcom', 'data-protection-authority'],
  },
  {
    id: 'anssi',
    term: 'ANSSI',
    category: 'actor',
    forms: [
      "Agence nationale de la sécurité des systèmes d'information",
      'National Cybersecurity Agency of France',
    ],
    caseSensitiveForms: ['ANSSI'],
    short:
      "France's national cybersecurity agency, attached to the prime minister's defence and security secretariat. It protects state and critical systems, certifies security products and advises on cryptography.",
    related: ['ncsc', 'enisa', 'cisa', 'post-quantum-cryptography'],
  },
  {
    id: 'bsi',
    term: 'Federal Office for Information Security (BSI)',
    category: 'actor',
    forms: [
      'Federal Office for Information Security',
      'Bundesamt für Sicherheit in der Informationstechnik',
    ],
    caseSensitiveForms: ['BSI'],
    // BSI is also the British Standards Institution.
    ambiguous: true,
    short:
      "Germany's federal cybersecurity agency, under the interior ministry. It sets security standards for government and industry, certifies products and warns the public about vulnerabilities.",
    related: ['enisa', 'ncsc', 'anssi', 'lawful-hacking'],
  },
  {
    id: 'esafety-commissioner',
    term: 'eSafety Commissioner',
    category: 'actor',
    forms: ['eSafety Commissioner', 'Office of the eSafety Commissioner'],
    short:
      "Australia's online safety regulator. Under the Online Safety Act 2021 it can order harmful content removed and enforces industry codes and standards, including rules that reach messaging and encrypted services.",
    related: ['online-safety-act', 'ofcom', 'csam', 'systemic-weakness'],
  },
  {
    id: 'constitutional-court',
    term: 'Constitutional court',
    category: 'actor',
    forms: [
      'constitutional court',
      'constitutional courts',
      'Federal Constitutional Court',
      'Bundesverfassungsgericht',
      'constitutional complaint',
      'constitutional complaints',
    ],
    // Mostly in the news for rulings that have nothing to do with encryption.
    ambiguous: true,
    short:
      "A court that decides whether laws and government acts comply with a country's constitution and can strike them down. Several have annulled surveillance and data-retention laws.",
    related: ['cjeu', 'european-court-of-human-rights', 'data-retention', 'supreme-federal-court'],
  },
  {
    id: 'supreme-federal-court',
    term: 'Supreme Federal Court (Brazil)',
    category: 'actor',
    forms: ['Supreme Federal Court', 'Supremo Tribunal Federal'],
    caseSensitiveForms: ['STF'],
    // STF stands for other things too.
    ambiguous: true,
    short:
      "Brazil's highest court, which also rules on constitutional questions. Cases before it ask whether judges may suspend messaging apps nationwide when they cannot hand over encrypted messages.",
    related: ['whatsapp', 'constitutional-court', 'end-to-end-encryption'],
  },
  {
    id: 'federal-trade-commission',
    term: 'Federal Trade Commission (FTC)',
    category: 'actor',
    forms: ['Federal Trade Commission', 'US Federal Trade Commission'],
    caseSensitiveForms: ['FTC'],
    // Mostly in the news for competition cases that have nothing to do with encryption.
    ambiguous: true,
    short:
      'The US agency that enforces consumer protection and competition law. It acts against companies whose data security is inadequate or whose privacy and encryption claims mislead consumers.',
    related: ['department-of-justice', 'data-protection-authority'],
  },
  {
    id: 'council-of-state',
    term: 'Council of State',
    category: 'actor',
    forms: ['Council of State', "Conseil d'État", "Conseil d'Etat", 'Raad van State', 'Consiglio di Stato'],
    // Mostly in the news for opinions and rulings that have nothing to do with encryption.
    ambiguous: true,
    short:
      'In France, Belgium, the Netherlands, Italy, Greece, Thailand and other countries, a body that advises the government on draft laws, and in several of them also the highest court in cases against the administration.',
    related: ['constitutional-court', 'judicial-review'],
  },
  {
    id: 'oireachtas',
    term: 'Oireachtas',
    category: 'actor',
    forms: ['Oireachtas', 'Dáil', 'Dail', 'Dáil Éireann', 'Dail Eireann', 'Seanad', 'Seanad Éireann', 'Seanad Eireann'],
    // Mostly mentioned in Irish political news that is not about encryption.
    ambiguous: true,
    short:
      "Ireland's national parliament: the President and two houses, the Dáil, whose directly elected members choose the government, and the Seanad, the Senate. Its committees examine outline bills before the full text is drafted.",
    related: ['coimisiun-na-mean', 'bill-stages', 'data-protection-authority'],
  },
  {
    id: 'national-diet',
    term: 'National Diet (Japan)',
    category: 'actor',
    forms: ['National Diet'],
    caseSensitiveForms: ['Diet'],
    // "Diet" is also a word for food, capitalised at the start of a sentence.
    ambiguous: true,
    short:
      "Japan's parliament, made up of the House of Representatives and the House of Councillors. Government bills, such as proposals on police access to communications, are submitted to it after cabinet approval.",
    related: ['bill-stages', 'lawful-interception'],
  },
  {
    id: 'constitutional-law-committee',
    term: 'Constitutional Law Committee (Finland)',
    category: 'actor',
    forms: ['Constitutional Law Committee'],
    // Mostly in Finnish political news that is not about encryption.
    ambiguous: true,
    short:
      "The committee of Finland's parliament that decides whether bills are compatible with the constitution and human rights. Its opinions bind in practice, and it has examined surveillance and interception bills.",
    related: ['constitutional-court', 'coercive-measures-act', 'secrecy-of-correspondence'],
  },
  {
    id: 'police-and-crime-commissioner',
    term: 'Police and crime commissioner',
    category: 'actor',
    forms: ['police and crime commissioner', 'police and crime commissioners'],
    // Mostly in local policing news.
    ambiguous: true,
    short:
      'An elected official in England and Wales who holds a police force to account, sets its budget and priorities and appoints its chief constable. Some have spoken out in the encryption debate.',
    related: ['home-office', 'national-crime-agency'],
  },
];
