import type { TermDetails } from '../schema';

export const LAW_DETAILS: TermDetails[] = [
  {
    id: 'investigatory-powers-act',
    explanation:
      'The Investigatory Powers Act 2016 brought most of the UK\'s surveillance powers into one statute: targeted and bulk interception, acquisition and retention of communications data, equipment interference (hacking) and bulk personal datasets. Most warrants need approval from both a secretary of state and an independent Judicial Commissioner, the so-called double lock. The Act also lets the government serve technical capability notices on communications providers, which is why it features in debates about end-to-end encryption. It received Royal Assent in November 2016 and was amended in 2024.',
    sides: {
      forAccess:
        'Supporters say the Act gives police and intelligence agencies clear, openly legislated powers that they need against terrorism and serious crime, with stronger judicial oversight than the patchwork it replaced.',
      forEncryption:
        'Critics say its bulk powers amount to mass surveillance and that its notices could force companies to weaken the security of products used by millions, in secret and with little chance of public challenge.',
    },
    sources: [
      { title: 'Investigatory Powers Act 2016 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/contents' },
      { title: 'Investigatory Powers Act 2016 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Investigatory_Powers_Act_2016' },
    ],
  },
  {
    id: 'technical-capability-notice',
    explanation:
      'Section 253 of the UK Investigatory Powers Act 2016 lets a secretary of state, usually the Home Secretary, give a communications provider a technical capability notice, requiring it to maintain capabilities to assist with warrants. Obligations may include removing electronic protection, such as encryption, that the provider itself applied. A notice must be approved by a Judicial Commissioner, and providers may not disclose that they received one. In February 2025 Apple withdrew its Advanced Data Protection option for iCloud from UK users, following reports that it had been served such a notice. Australia\'s Assistance and Access Act 2018 created notices of the same name.',
    sides: {
      forAccess:
        'Governments say notices are a targeted, legally overseen way to make sure warrants approved by judges can actually be carried out, rather than being defeated by a provider\'s design choices.',
      forEncryption:
        'Opponents say a secret order to remove encryption amounts to a backdoor that weakens security for every user of the service, and that the secrecy prevents public scrutiny of what is being demanded.',
    },
    sources: [
      { title: 'Investigatory Powers Act 2016, section 253 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/section/253' },
    ],
  },
  {
    id: 'online-safety-act',
    explanation:
      'The Online Safety Act 2023 requires user-to-user and search services to assess and reduce the risk of illegal content, and to protect children from harmful material, under codes of practice from the regulator Ofcom. It received Royal Assent in October 2023. One provision lets Ofcom require a service to use accredited technology to identify child sexual abuse material, including in private communications. Messaging companies said this could force scanning inside end-to-end encrypted apps; in 2023 the government said the power would be used only where such technology is technically feasible. Australia has a separate law with the same name.',
    sides: {
      forAccess:
        'Supporters say services must not be able to avoid protecting children by encrypting their platforms, and that the regulator needs a reserve power to require detection of abuse material where it is feasible.',
      forEncryption:
        'Messaging providers and privacy groups say there is no way to scan encrypted messages without undermining encryption for everyone, and that the power leaves a standing threat to secure messaging in the UK.',
    },
    sources: [
      { title: 'Online Safety Act 2023 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/contents' },
      { title: 'Online Safety Act 2023 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Online_Safety_Act_2023' },
    ],
  },
  {
    id: 'eu-csa-regulation',
    explanation:
      'The European Commission proposed a regulation to prevent and combat child sexual abuse in May 2022. It would oblige online services to assess the risk of abuse on their platforms, let authorities issue detection orders requiring services to search for known and new abuse material and grooming, and create an EU Centre on Child Sexual Abuse. Because detection orders could apply to end-to-end encrypted messengers, opponents named it "Chat Control". The European Parliament adopted its position in November 2023, excluding end-to-end encrypted communications from detection; member states in the Council stayed divided for years. A separate, temporary regulation from 2021 allows providers to scan voluntarily.',
    sides: {
      forAccess:
        'Supporters, including child-protection groups and several governments, say abuse material spreads through messaging services, voluntary detection is patchy, and targeted, court-ordered detection with safeguards is needed so encryption does not become a safe haven for abusers.',
      forEncryption:
        'Opponents, including data-protection authorities, security researchers and digital-rights groups, say scanning private messages amounts to mass surveillance, would require client-side scanning that breaks end-to-end encryption, and would flood police with false reports.',
    },
    sources: [
      { title: 'Proposal COM(2022) 209 (EUR-Lex)', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0209' },
    ],
  },
  {
    id: 'earn-it-act',
    explanation:
      'The EARN IT Act (Eliminating Abusive and Rampant Neglect of Interactive Technologies) was introduced in the US Senate in 2020 and reintroduced in 2022 and 2023 without being enacted. It would let platforms be sued or prosecuted under state laws over child sexual abuse material, removing part of their Section 230 protection. The bill as first introduced in 2020 also set up a commission to write best practices that platforms would follow to keep that protection. Although later versions said encryption could not by itself create liability, critics argued it still could be used as evidence against providers that offer it.',
    sides: {
      forAccess:
        'Sponsors say platforms have little incentive to fight child exploitation while they are broadly immune from lawsuits, and that the bill makes them answerable to victims.',
      forEncryption:
        'Critics say that exposing companies to liability for what they cannot see would push them to drop end-to-end encryption or scan users\' messages, weakening security for everyone.',
    },
    sources: [{ title: 'EARN IT Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/EARN_IT_Act' }],
  },
  {
    id: 'cloud-act',
    explanation:
      'The Clarifying Lawful Overseas Use of Data Act was passed in March 2018 as part of a US spending bill. It followed a dispute in which Microsoft refused a warrant for emails stored in Ireland, and makes clear that US warrants reach data held abroad by US providers. It also allows executive agreements with trusted countries, the first of which was signed with the UK in 2019, so their authorities can ask US providers for data directly. The Act says such agreements must not require providers to be able to decrypt data.',
    sources: [{ title: 'CLOUD Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/CLOUD_Act' }],
  },
  {
    id: 'calea',
    explanation:
      'The Communications Assistance for Law Enforcement Act of 1994 requires US telecommunications carriers to design their equipment so that authorised interception is possible. Regulators later extended it to broadband internet access and interconnected internet phone services. It does not make carriers decrypt communications unless they supplied the encryption and hold the means to decrypt it, and it does not cover most internet applications. In 2024 US officials said that a hacking group known as Salt Typhoon had broken into telecom networks, including systems used for court-authorised wiretaps.',
    sides: {
      forAccess:
        'Law enforcement agencies argue that building interception in from the start is the only reliable way to carry out court orders on modern networks, and have sought to extend it to internet services.',
      forEncryption:
        'Critics say mandated interception points become targets for attackers, as the breaches of wiretap systems have shown, and that extending the law to apps would mean designing in weaknesses.',
    },
    sources: [
      { title: 'Communications Assistance for Law Enforcement Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Communications_Assistance_for_Law_Enforcement_Act' },
    ],
  },
  {
    id: 'assistance-and-access-act',
    explanation:
      'The Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 was passed by the Australian Parliament in December 2018. It created three tools: voluntary technical assistance requests, and compulsory technical assistance notices and technical capability notices that can be served on companies anywhere that provide services in Australia. Notices may not require a provider to build a "systemic weakness or vulnerability" into its products, though critics argued that term was unclear. The Act also expanded warrants for access to devices.',
    sides: {
      forAccess:
        'The Australian government said encryption was increasingly hindering investigations into terrorism and serious crime, and that the Act compels help only within limits, explicitly forbidding systemic weaknesses.',
      forEncryption:
        'Tech companies and rights groups said the powers are broad and secretive, the limit on "systemic weakness" is vague, and the law could force engineers to quietly undermine products used worldwide.',
    },
    sources: [
      {
        title: 'Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Telecommunications_and_Other_Legislation_Amendment_(Assistance_and_Access)_Act_2018',
      },
    ],
  },
  {
    id: 'technical-assistance-notice',
    explanation:
      'Australia\'s Assistance and Access Act 2018 created three escalating tools. A technical assistance request asks a communications provider to help voluntarily; a technical assistance notice, issued by the head of ASIO or of an interception agency, compels a provider to give help it is already capable of giving, such as decrypting data where it holds the means; a technical capability notice goes further and requires a provider to build a new capability. None of them may require a provider to introduce a systemic weakness or vulnerability into its products.',
    sides: {
      forAccess:
        'The government says the notices give agencies a clear legal way to get help that providers can already give, with limits that rule out weakening security for everyone.',
      forEncryption:
        'Critics say the notices are secret, can be served on companies and individuals worldwide, and leave it unclear where ordinary help ends and undermining security begins.',
    },
    sources: [
      {
        title: 'Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Telecommunications_and_Other_Legislation_Amendment_(Assistance_and_Access)_Act_2018',
      },
    ],
  },
  {
    id: 'all-writs-act',
    explanation:
      'The All Writs Act, which goes back to the Judiciary Act of 1789, lets US federal courts issue all writs "necessary or appropriate in aid of their respective jurisdictions". In February 2016 a federal magistrate judge, at the FBI\'s request, ordered Apple to write software to help unlock an iPhone used by one of the San Bernardino attackers. Apple contested the order, and the government dropped the case in March 2016 after a third party helped it into the phone, so the question was never settled by a higher court.',
    sides: {
      forAccess:
        'The government argued that courts have long been able to require reasonable technical help from third parties, and that a company should not be able to put a phone beyond the reach of a lawful warrant.',
      forEncryption:
        'Apple and its supporters argued that forcing a company to write software weakening its own security went far beyond the 1789 law, and would set a precedent that could be used against any device.',
    },
    sources: [
      { title: '28 U.S. Code § 1651 (Cornell LII)', url: 'https://www.law.cornell.edu/uscode/text/28/1651' },
      { title: 'All Writs Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/All_Writs_Act' },
    ],
  },
  {
    id: 'wassenaar-arrangement',
    explanation:
      'The Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies was set up in 1996 as a successor to the Cold War-era CoCom regime, and has 42 participating states. Members agree control lists that they apply through their own export laws. Cryptography has long been on the dual-use list, a legacy of the 1990s crypto wars, with exemptions for mass-market products. In 2013 members added intrusion software and IP network surveillance systems, a change security researchers criticised for catching legitimate security tools.',
    sources: [
      { title: 'The Wassenaar Arrangement (official site)', url: 'https://www.wassenaar.org/' },
      { title: 'Wassenaar Arrangement (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Wassenaar_Arrangement' },
    ],
  },
  {
    id: 'gdpr',
    explanation:
      'The General Data Protection Regulation (Regulation (EU) 2016/679) governs how personal data is processed in the EU and has applied since 25 May 2018. Article 32 lists the encryption of personal data among the security measures organisations should consider, and Article 34 spares them from informing affected people about a breach when the data was rendered unintelligible, for example by encryption. Data-protection authorities, which enforce the GDPR, have often spoken up for strong encryption in surveillance debates.',
    sources: [
      { title: 'Regulation (EU) 2016/679 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
      { title: 'General Data Protection Regulation (Wikipedia)', url: 'https://en.wikipedia.org/wiki/General_Data_Protection_Regulation' },
    ],
  },
  {
    id: 'eprivacy',
    explanation:
      'The ePrivacy Directive (2002/58/EC) protects the confidentiality of communications, limits the use of traffic and location data, and sets rules on cookies. The Commission proposed replacing it with an ePrivacy Regulation in January 2017, but the proposal stalled and the Commission announced in 2025 that it would withdraw it. In 2021 the EU adopted a temporary exception to the Directive so that messaging providers could keep scanning voluntarily for child sexual abuse material, later extended while the CSA Regulation was negotiated.',
    sources: [{ title: 'Directive 2002/58/EC (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj' }],
  },
  {
    id: 'regulation-of-investigatory-powers-act',
    explanation:
      'The Regulation of Investigatory Powers Act 2000 (RIPA) governed interception and other surveillance in the UK until much of it was replaced by the Investigatory Powers Act 2016. Its Part III, in force since 2007, lets authorities serve a notice requiring a person to disclose protected information in intelligible form or hand over a key. Failing to comply is an offence punishable by up to two years in prison, or five in national security and child indecency cases. In 2021 the European Court of Human Rights found that RIPA\'s bulk interception regime lacked adequate safeguards.',
    sides: {
      forAccess:
        'Supporters say key disclosure is needed so that suspects cannot defeat a lawful investigation simply by encrypting evidence, and that it works without weakening anyone else\'s encryption.',
      forEncryption:
        'Critics say jailing people for failing to produce a key sits uneasily with the right not to incriminate oneself, and can punish people who have genuinely lost or forgotten a password.',
    },
    sources: [
      { title: 'Regulation of Investigatory Powers Act 2000 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2000/23/contents' },
      { title: 'Regulation of Investigatory Powers Act 2000 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Regulation_of_Investigatory_Powers_Act_2000' },
    ],
  },
  {
    id: 'fisa',
    explanation:
      'The Foreign Intelligence Surveillance Act of 1978 was passed after revelations of domestic spying abuses, and requires US agencies to obtain orders from the Foreign Intelligence Surveillance Court for electronic surveillance of foreign powers and their agents inside the US. It has been amended many times, notably by the Patriot Act in 2001 and the FISA Amendments Act of 2008, which added Section 702.',
    sources: [
      { title: 'Foreign Intelligence Surveillance Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Foreign_Intelligence_Surveillance_Act' },
    ],
  },
  {
    id: 'fisa-section-702',
    explanation:
      'Section 702 of FISA, added in 2008, lets the Attorney General and the Director of National Intelligence authorise the targeting of non-US persons reasonably believed to be outside the US, with the help of US electronic communication providers, under procedures approved yearly by the FISA court. The NSA\'s PRISM and upstream programmes, revealed in 2013, run under it. Communications of Americans in contact with targets are collected "incidentally" and can be searched, which is the main point of dispute. Congress reauthorised it in April 2024 for two years.',
    sides: {
      forAccess:
        'Intelligence agencies say Section 702 is one of their most valuable tools against terrorism, cyber attacks and foreign spying, and that requiring warrants for searches would slow urgent work.',
      forEncryption:
        'Civil liberties groups say it lets agencies search Americans\' communications without a warrant, and that its scale amounts to mass surveillance of foreigners with little oversight.',
    },
    sources: [
      { title: '50 U.S. Code § 1881a (Cornell LII)', url: 'https://www.law.cornell.edu/uscode/text/50/1881a' },
    ],
  },
  {
    id: 'patriot-act',
    explanation:
      'The USA PATRIOT Act was signed into law on 26 October 2001, weeks after the September 11 attacks, and expanded surveillance and investigative powers. Its Section 215, on orders for "tangible things" such as business records, was secretly interpreted to allow the NSA to collect the phone call records of millions of Americans in bulk, which became public through the Snowden disclosures in June 2013. The USA Freedom Act ended that programme in 2015, and Section 215 lapsed in March 2020.',
    sides: {
      forAccess:
        'Supporters said the Act modernised investigative powers for the internet age and closed gaps that had kept agencies from connecting the dots before the 2001 attacks.',
      forEncryption:
        'Critics said its broad language was stretched to justify collecting records of millions of people suspected of nothing, and that secret legal interpretations kept the public and most of Congress unaware.',
    },
    sources: [{ title: 'Patriot Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Patriot_Act' }],
  },
  {
    id: 'usa-freedom-act',
    explanation:
      'The USA Freedom Act was signed in June 2015 in response to the Snowden disclosures. It ended the NSA\'s bulk collection of phone records under Section 215 of the Patriot Act, replacing it with targeted requests to phone companies based on specific selection terms. It also required the FISA court to consider declassifying significant opinions and allowed it to appoint outside advisers to argue for privacy.',
    sources: [{ title: 'USA Freedom Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/USA_Freedom_Act' }],
  },
  {
    id: 'data-retention-directive',
    explanation:
      'Directive 2006/24/EC required providers of public communications services to retain traffic and location data, but not content, for between six months and two years so that it could be used to investigate serious crime. On 8 April 2014, in the Digital Rights Ireland case, the Court of Justice of the EU declared the Directive invalid as a disproportionate interference with the rights to private life and data protection. Later rulings limited general and indiscriminate data retention under national laws too.',
    sides: {
      forAccess:
        'Police and prosecutors say retained records of who contacted whom, when and where are often the first and only leads in serious cases, and are needed because such data may otherwise be deleted.',
      forEncryption:
        'Opponents say storing everyone\'s communications records in case they become useful treats the whole population as suspects, a view the EU\'s top court largely upheld.',
    },
    sources: [
      { title: 'Directive 2006/24/EC (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2006/24/oj' },
      { title: 'Data Retention Directive (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Data_Retention_Directive' },
    ],
  },
  {
    id: 'digital-services-act',
    explanation:
      'The Digital Services Act (Regulation (EU) 2022/2065) sets EU-wide rules for intermediary services: notice and action on illegal content, transparency about moderation and advertising, and risk assessments and audits for very large platforms and search engines, supervised by the European Commission. It has applied to all services since 17 February 2024. It keeps the principle that services have no general obligation to monitor the content they carry.',
    sources: [
      { title: 'Regulation (EU) 2022/2065 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj' },
      { title: 'Digital Services Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Digital_Services_Act' },
    ],
  },
  {
    id: 'digital-markets-act',
    explanation:
      'The Digital Markets Act (Regulation (EU) 2022/1925) places obligations on large platforms designated as gatekeepers. Its Article 7 requires gatekeepers\' messaging services to interoperate with other providers on request, and says the level of security, including end-to-end encryption where offered, must be preserved across the connected services. Meta\'s WhatsApp and Messenger were designated under this rule in 2023.',
    sources: [
      { title: 'Regulation (EU) 2022/1925 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2022/1925/oj' },
      { title: 'Digital Markets Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Digital_Markets_Act' },
    ],
  },
  {
    id: 'e-evidence',
    explanation:
      'The EU\'s e-Evidence package, adopted in 2023, consists of a Regulation on European Production Orders and European Preservation Orders and a Directive requiring service providers to appoint legal representatives in the EU. It lets authorities in one member state order a provider established in another to produce or preserve data such as subscriber information, traffic data or content, within set deadlines. It is due to apply from 2026.',
    sources: [{ title: 'Regulation (EU) 2023/1543 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2023/1543/oj' }],
  },
  {
    id: 'european-convention-on-human-rights',
    explanation:
      'The European Convention on Human Rights was signed in Rome in 1950 and is enforced by the European Court of Human Rights in Strasbourg. Its Article 8 protects private and family life, home and correspondence, and allows interference only when it is in accordance with the law and necessary in a democratic society. In Big Brother Watch and Others v. the United Kingdom (2021) the Court found that the UK\'s former bulk interception regime breached Article 8, and in Podchasov v. Russia (2024) it found that Russian rules requiring a messaging service to store communications and help decrypt end-to-end encrypted messages breached it too.',
    sources: [
      { title: 'European Convention on Human Rights (Wikipedia)', url: 'https://en.wikipedia.org/wiki/European_Convention_on_Human_Rights' },
    ],
  },
  {
    id: 'charter-of-fundamental-rights',
    explanation:
      'The Charter of Fundamental Rights of the European Union was proclaimed in 2000 and became legally binding when the Lisbon Treaty entered into force in December 2009. Article 7 guarantees respect for private and family life, home and communications, and Article 8 the protection of personal data. The Court of Justice of the EU relied on these articles to strike down the Data Retention Directive in 2014, and they frame the legal debate over the proposed CSA Regulation.',
    sources: [
      {
        title: 'Charter of Fundamental Rights of the European Union (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Charter_of_Fundamental_Rights_of_the_European_Union',
      },
    ],
  },
  {
    id: 'section-230',
    explanation:
      'Section 230 of the Communications Act of 1934, added by the Communications Decency Act of 1996, says that providers of interactive computer services are not to be treated as the publisher of content supplied by their users, and protects good-faith moderation. It does not shield providers from federal criminal law. Because it underpins how US platforms operate, proposals to condition or narrow it, such as the EARN IT Act, are one route by which lawmakers have tried to influence platforms\' use of encryption.',
    sides: {
      forAccess:
        'Those who want to narrow it say blanket immunity removes the incentive for platforms to prevent child exploitation and other abuse on their services.',
      forEncryption:
        'Defenders say the protection lets online services host speech at all, and that tying it to content policing would push platforms to monitor users and abandon end-to-end encryption.',
    },
    sources: [
      { title: '47 U.S. Code § 230 (Cornell LII)', url: 'https://www.law.cornell.edu/uscode/text/47/230' },
      { title: 'Section 230 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Section_230' },
    ],
  },
  {
    id: 'convention-on-cybercrime',
    explanation:
      'The Council of Europe\'s Convention on Cybercrime was opened for signature in Budapest in November 2001 and entered into force in 2004; countries outside Europe, including the US, Japan and Australia, are parties. It defines offences such as illegal access and computer-related fraud, requires parties to have powers to preserve and obtain electronic evidence, and sets up mutual assistance. In December 2024 the UN General Assembly adopted a separate UN convention against cybercrime.',
    sources: [{ title: 'Convention on Cybercrime (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Convention_on_Cybercrime' }],
  },
  {
    id: 'accredited-technology',
    explanation:
      'Section 121 of the Online Safety Act 2023 lets Ofcom give a service a notice requiring it to use accredited technology to find terrorism content or child sexual abuse material and remove it or stop users encountering it, and the requirement can reach private communications. Technology counts as accredited when Ofcom, or a body it appoints, has assessed it as meeting minimum standards of accuracy approved by the government. During the bill\'s final stages ministers said the power would be used only where suitable technology was technically feasible, and Signal and WhatsApp said they would rather leave the UK than weaken their encryption.',
    sides: {
      forAccess:
        'The government and child-protection charities argue that encryption must not let platforms ignore child sexual abuse on their services, and that accreditation ensures any tool required is accurate and used proportionately.',
      forEncryption:
        'Messaging companies, security researchers and rights groups argue that end-to-end encrypted messages cannot be scanned without client-side scanning, which would break the security promise for every user, and that the power threatens encrypted services even if never used.',
    },
    sources: [
      { title: 'Online Safety Act 2023 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/contents' },
      { title: 'Online Safety Act 2023 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Online_Safety_Act_2023' },
    ],
  },
  {
    id: 'electronic-protection',
    explanation:
      "Under section 253 of the Investigatory Powers Act 2016, a technical capability notice may oblige an operator to maintain the ability to remove electronic protection 'applied by or on behalf of that operator' to communications or data, so that it can provide readable content when served with a warrant. The phrase is generally read to cover encryption. Whether end-to-end encryption, where the provider holds no key, counts as protection applied by the provider is much debated, and Australia's Assistance and Access Act 2018 uses similar wording for the help providers can be asked to give.",
    sides: {
      forAccess:
        "The government says the power only preserves the ability to give police and agencies readable content under a warrant, like the interception duties long placed on phone companies, and that a Judicial Commissioner must approve each notice.",
      forEncryption:
        "Technology companies and rights groups say that, applied to end-to-end encrypted services, it would force providers to build a way to decrypt their users' messages, weakening security for everyone, under notices that are kept secret.",
    },
    sources: [
      { title: 'Investigatory Powers Act 2016, section 253 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/section/253' },
      {
        title: 'Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Telecommunications_and_Other_Legislation_Amendment_(Assistance_and_Access)_Act_2018',
      },
    ],
  },
  {
    id: 'interim-csam-regulation',
    explanation:
      "When the European Electronic Communications Code brought web-based messaging and email services under the ePrivacy Directive's confidentiality rules in December 2020, the voluntary scanning some of them did for child sexual abuse material lost its clear legal basis. Regulation (EU) 2021/1232 created a temporary exception that lets providers keep detecting, reporting and removing such material, with safeguards such as human review. It was due to expire in August 2024 and was extended to April 2026 while the EU negotiated the permanent regulation on child sexual abuse. It permits scanning but does not require it.",
    sides: {
      forAccess:
        'Child-protection groups and the European Commission say the exception keeps a proven source of abuse reports alive until the permanent law is agreed, and that letting it lapse would leave children less protected.',
      forEncryption:
        'The European Data Protection Supervisor and privacy groups have criticised it for allowing general scanning of private communications with weak safeguards, and warn that temporary exceptions tend to become permanent.',
    },
    sources: [{ title: 'Regulation (EU) 2021/1232 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2021/1232/oj' }],
  },
  {
    id: 'qualified-majority',
    explanation:
      "Under the rules in force since 2014, a qualified majority in the Council of the EU requires at least 55% of member states (15 of 27) representing at least 65% of the EU's population, and a blocking minority must include at least four member states. Because population counts, the positions of large states such as Germany, France, Italy and Poland often decide whether a proposal can pass. In the negotiations on the EU's child sexual abuse regulation, a planned Council vote was withdrawn in June 2024 when governments opposed to scanning encrypted communications looked set to form a blocking minority.",
    sources: [{ title: 'Qualified majority voting (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Qualified_majority_voting' }],
  },
  {
    id: 'decryption-mandate',
    explanation:
      "Decryption mandates place the duty on the companies that carry or store communications, rather than on their users, who are covered by key disclosure laws. Telephone-era laws set the pattern: the US Communications Assistance for Law Enforcement Act of 1994 requires a carrier to decrypt only encryption that it provided and can undo, and the UK's Investigatory Powers Act 2016 lets the government require a provider, through a technical capability notice, to keep the ability to remove electronic protection that it applied. Russia's 2016 surveillance amendments went further and required messaging services to give the security service the means to decode users' messages; Telegram was blocked in Russia in 2018 after refusing. Because a provider of end-to-end encryption holds no keys, it could meet such a mandate only by changing the design of its service.",
    sides: {
      forAccess:
        "Governments and police say that running a communications service has long come with a duty to assist lawful interception, and that encryption a provider offers should not put serious criminals beyond the reach of a court's warrant.",
      forEncryption:
        'Security experts and messaging companies say a provider can decrypt on demand only if it keeps keys or a special access path, which criminals and hostile states can also target, so a mandate weakens security for every user to reach a few.',
    },
    sources: [
      { title: 'Communications Assistance for Law Enforcement Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Communications_Assistance_for_Law_Enforcement_Act' },
      { title: 'Investigatory Powers Act 2016, section 253 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/section/253' },
    ],
  },
  {
    id: 'protection-of-communications-secrets-act',
    explanation:
      "Enacted in 1993, the Act makes it a crime to intercept communications or record private conversations without authority, and bars evidence obtained that way from court. Investigators may intercept only for listed serious crimes and with a court's permission, for a limited period; requests for communications records such as call logs and location data also need a court's permission, while interception by intelligence agencies for national security follows separate approval rules. Proposals to amend it so that mobile carriers must install equipment for intercepting calls have been made repeatedly and have been contested, and when it emerged in 2015 that the National Intelligence Service had bought hacking software from the Italian firm Hacking Team, critics asked whether any rule in the Act could cover such tools.",
    sources: [
      { title: 'Protection of Communications Secrets Act, Korean text (National Law Information Center)', url: 'https://www.law.go.kr/법령/통신비밀보호법' },
    ],
  },
  {
    id: 'export-controls',
    explanation:
      "For decades the United States treated cryptography as a munition: exporting strong encryption software needed a licence as if it were a weapon, and software sold abroad was typically limited to 40-bit keys, short enough to be broken by brute force. Companies argued that the rules handicapped US industry, and the programmer Daniel Bernstein sued on the ground that publishing code is protected speech (Bernstein v. United States). Control of commercial encryption moved to the Commerce Department in 1996, and most restrictions were lifted in 2000. Encryption remains a controlled dual-use item under the Wassenaar Arrangement and EU law, with broad exemptions for mass-market products, and exports of surveillance and intrusion tools are now controlled too.",
    sides: {
      forAccess:
        "Supporters of the controls argued that keeping strong encryption out of foreign hands protected national security by preserving intelligence agencies' ability to read the communications of adversaries.",
      forEncryption:
        'Opponents argued that the controls weakened the products everyone used, put domestic firms at a disadvantage while strong encryption was freely available abroad, and restricted researchers publishing code.',
    },
    sources: [
      { title: 'Export of cryptography from the United States (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Export_of_cryptography_from_the_United_States' },
      { title: 'Bernstein v. United States (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Bernstein_v._United_States' },
    ],
  },
  {
    id: 'intelligible-form',
    explanation:
      "Many interception laws require content intercepted under a warrant to be handed over in an intelligible or readable form. For a telephone company this means undoing its own scrambling; for an end-to-end encrypted service, whose servers never hold the keys, it is the crux of the debate: whether the duty covers only encryption the provider applied and can remove, or obliges it to change the service so that it can. The US Communications Assistance for Law Enforcement Act, for example, does not make carriers decrypt communications unless they provided the encryption and hold what is needed to decrypt it. In the UK, Part III of the Regulation of Investigatory Powers Act 2000 lets authorities require encrypted information to be disclosed in intelligible form.",
    sides: {
      forAccess:
        'Supporters say a company that carries communications should be able to produce lawfully intercepted content in a form investigators can read, as telephone companies always have.',
      forEncryption:
        "Critics say that for end-to-end encrypted services the duty can only be met by holding users' keys or redesigning the service, which amounts to a backdoor under another name.",
    },
    sources: [{ title: 'Regulation of Investigatory Powers Act 2000 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Regulation_of_Investigatory_Powers_Act_2000' }, { title: 'Communications Assistance for Law Enforcement Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Communications_Assistance_for_Law_Enforcement_Act' }, { title: 'Plaintext (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Plaintext' }],
  },
  {
    id: 'secrecy-of-correspondence',
    explanation:
      "The principle began with the protection of sealed letters and now covers telephone calls and electronic messages. Germany's Basic Law declares the privacy of correspondence, posts and telecommunications inviolable in Article 10; Japan's Constitution forbids violating the secrecy of any means of communication; and Article 8 of the European Convention on Human Rights protects respect for a person's correspondence. Restrictions are generally allowed only by law and for purposes such as criminal investigation, so both sides of the encryption debate appeal to it: one to limit how far access laws may reach, the other to define when interception is lawful.",
    sources: [{ title: 'Secrecy of correspondence (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Secrecy_of_correspondence' }, { title: 'Basic Law for the Federal Republic of Germany (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Basic_Law_for_the_Federal_Republic_of_Germany' }],
  },
  {
    id: 'self-incrimination',
    explanation:
      "The privilege against self-incrimination is recognised in many legal systems: in the Fifth Amendment to the US Constitution, and as part of the right to a fair trial under Article 6 of the European Convention on Human Rights, as the European Court of Human Rights reads it. It becomes an encryption question when investigators seize a locked or encrypted device. US courts have disagreed on whether compelling a suspect to disclose a passcode is testimony, and some treat unlocking with a fingerprint or face differently. The UK's key disclosure law makes refusing to hand over a key, when lawfully required, an offence in itself.",
    sides: {
      forAccess:
        'Supporters of compelled decryption say a passcode is like the key to a safe that a court may order opened: it gives access to evidence that already exists rather than forcing a confession.',
      forEncryption:
        "Opponents say revealing a memorised passcode is testimony from the suspect's own mind, and that punishing refusal pressures people into helping to convict themselves.",
    },
    sources: [{ title: 'Self-incrimination (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Self-incrimination' }, { title: 'Key disclosure law (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Key_disclosure_law' }],
  },
  {
    id: 'sunset-clause',
    explanation:
      "Sunset clauses make a legislature revisit a measure instead of leaving it in force by default. Several US surveillance authorities, including provisions of the USA PATRIOT Act and Section 702 of FISA, were enacted with expiry dates and have been debated at each renewal, and the EU's interim regulation allowing providers to detect child sexual abuse material voluntarily was adopted for a limited period and then extended. Supporters of new powers often accept a sunset clause as a safeguard; critics note that such powers are usually renewed.",
    sources: [{ title: 'Sunset provision (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Sunset_provision' }],
  },
  {
    id: 'technical-assistance',
    explanation:
      "Many surveillance and criminal procedure laws oblige communications providers, device makers or people who know a system to give the authorities technical assistance in carrying out a lawful order. In 2016 a US magistrate judge, relying on the All Writs Act, ordered Apple to provide 'reasonable technical assistance' to unlock an iPhone used by one of the San Bernardino attackers, including by writing new software; the government dropped the case after getting in another way. Australia's Assistance and Access Act 2018 created an 'industry assistance' framework of technical assistance requests and notices, and its Crimes Act lets a magistrate make an assistance order requiring a person to help officers access data on a device. Some of these laws say providers cannot be required to build a systemic weakness, but how far 'reasonable' assistance may go is often contested.",
    sides: {
      forAccess:
        'Supporters say that companies which design and run communications services are best placed to help carry out orders judges have already approved, and that a duty to assist in specific cases is not a backdoor for everyone.',
      forEncryption:
        'Critics say open-ended duties can be used to make companies write software that undermines their own security, that a tool built for one case will be demanded again, and that users lose trust in updates and devices.',
    },
    sources: [
      { title: 'Apple–FBI encryption dispute (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Apple–FBI_encryption_dispute' },
      { title: 'All Writs Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/All_Writs_Act' },
      { title: 'Assistance and Access Act 2018 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Telecommunications_and_Other_Legislation_Amendment_(Assistance_and_Access)_Act_2018' },
    ],
  },
  {
    id: 'production-order',
    explanation:
      "A production order is usually granted by a judge when there are reasonable grounds to believe the records will give evidence of an offence. Canada's Criminal Code provides general and specific production orders, often used to obtain subscriber and transaction records from banks and telecoms companies; in England and Wales the Police and Criminal Evidence Act 1984 allows them for certain confidential material. An order can reach only what a provider holds in readable form: a service storing end-to-end encrypted messages can produce its records and the ciphertext, not the content. The EU's e-Evidence rules create a European Production Order for data held by providers in another member state.",
    sources: [
      { title: 'Police and Criminal Evidence Act 1984 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/1984/60/contents' },
    ],
  },
  {
    id: 'subpoena',
    explanation:
      'Subpoenas are issued by courts, grand juries or, as administrative subpoenas, by government agencies, and usually need less justification than a search warrant. Under the US Stored Communications Act a subpoena can compel a provider to disclose basic subscriber records, such as a name, address, session times and means of payment; more detailed records need a court order, and the major providers insist on a warrant for the content of communications. End-to-end encrypted services can answer a subpoena only with the limited records they hold.',
    sources: [
      { title: 'Subpoena (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Subpoena' },
      { title: 'Stored Communications Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Stored_Communications_Act' },
    ],
  },
  {
    id: 'amicus-curiae',
    explanation:
      "Courts accept amicus briefs from organisations with expertise or an interest in the outcome. In encryption cases they have come from both directions: when the FBI sought in 2016 to compel Apple to help unlock an iPhone, technology companies, cryptographers and digital-rights groups filed briefs supporting Apple, while some victims' families and law-enforcement associations filed in support of the government. Such briefs can shape how judges understand the technology, though the court decides what weight to give them.",
    sources: [
      { title: 'Amicus curiae (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Amicus_curiae' },
      { title: 'Apple–FBI encryption dispute (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Apple–FBI_encryption_dispute' },
    ],
  },
  {
    id: 'professional-secrecy',
    explanation:
      'In continental European law, professional secrecy binds lawyers, doctors, notaries and others, and breaching it can be a crime; in common-law countries, legal professional or attorney-client privilege protects communications between lawyers and clients made for legal advice. Surveillance laws usually restrict or add safeguards to the interception of such communications, and the European Court of Human Rights has given lawyer-client exchanges strengthened protection. Bar associations and medical bodies often oppose weakening encryption or scanning messages, because their confidential exchanges travel through the same apps; supporters of access say privileged material can be filtered out under judicial supervision.',
    sources: [
      { title: 'Attorney–client privilege (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Attorney–client_privilege' },
    ],
  },
  {
    id: 'mutual-legal-assistance',
    explanation:
      "Under a mutual legal assistance treaty, police who need evidence located in another country send a request through their central authority to that country's, which obtains it under its own law, for example with a warrant served on a local email provider, and sends it back. Because much evidence now sits with US technology companies, the process is heavily used and often slow; the US CLOUD Act of 2018 and the EU's e-Evidence rules were designed partly to let authorities ask providers abroad directly. The Council of Europe's Convention on Cybercrime also contains mutual assistance provisions.",
    sources: [
      { title: 'Mutual legal assistance treaty (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Mutual_legal_assistance_treaty' },
    ],
  },
  {
    id: 'fourth-amendment',
    explanation:
      'Ratified in 1791 as part of the Bill of Rights, the Fourth Amendment is the basis of US rules on search warrants. The Supreme Court has applied it to digital evidence: in Riley v. California (2014) it held that police generally need a warrant to search a mobile phone seized at arrest, and in Carpenter v. United States (2018) that obtaining historical cell-site location records is a search that generally requires a warrant. It limits how the government may obtain data, but does not by itself require anyone to make encrypted data readable.',
    sources: [
      { title: 'Fourth Amendment to the United States Constitution (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Fourth_Amendment_to_the_United_States_Constitution' },
    ],
  },
  {
    id: 'fifth-amendment',
    explanation:
      "The Fifth Amendment, ratified in 1791, says that no person 'shall be compelled in any criminal case to be a witness against himself', among other protections. US courts have generally treated revealing a memorised passcode as testimonial, but some have allowed orders to unlock a device where the government already knows what it will find, the so-called foregone conclusion exception, and they are divided over compelling suspects to unlock phones with a fingerprint or face. State supreme courts have reached conflicting decisions, and the US Supreme Court has not settled the question.",
    sources: [
      { title: 'Fifth Amendment to the United States Constitution (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Fifth_Amendment_to_the_United_States_Constitution' },
    ],
  },
  {
    id: 'data-protection-impact-assessment',
    explanation:
      "Article 35 of the GDPR requires organisations to carry out a data protection impact assessment before processing that is likely to result in a high risk to people's rights, such as large-scale monitoring or the use of new technologies, and to consult the data protection authority if high risks remain. Outside the EU the similar exercise is often called a privacy impact assessment, and regulators in many countries recommend or require one for new government schemes. Data protection authorities and critics of message-scanning or data-retention proposals often ask for one before a bill goes ahead.",
    sources: [
      { title: 'Regulation (EU) 2016/679 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
    ],
  },
  {
    id: 'interpersonal-communications-service',
    explanation:
      "The European Electronic Communications Code of 2018 defines an interpersonal communications service as one that enables direct, interactive exchange of information between a finite number of people chosen by the sender. Number-based services connect with public telephone numbers; number-independent ones, including most messaging and email services, do not, and carry lighter obligations. The definition matters for encryption because the EU's temporary rules allowing voluntary detection of child sexual abuse material, the proposed CSA Regulation and many national interception laws apply to providers of such services.",
    sources: [
      { title: 'Directive (EU) 2018/1972, European Electronic Communications Code (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2018/1972/oj' },
    ],
  },
  {
    id: 'data-privacy-act-philippines',
    explanation:
      'Republic Act No. 10173, the Data Privacy Act of 2012, sets rules for collecting and processing personal information in the Philippines, gives people rights over their data and requires organisations to protect it with organisational, physical and technical security measures. It is enforced by the National Privacy Commission, which issues rules, investigates breaches and can recommend prosecution. The commission has required government agencies to encrypt the personal data they hold, and gives opinions on bills that affect personal data.',
    sources: [{ title: 'National Privacy Commission (official site)', url: 'https://privacy.gov.ph/' }],
  },
  {
    id: 'data-protection-act',
    explanation:
      "In the UK, the Data Protection Act 2018 sits alongside the UK version of the GDPR and also covers processing by law enforcement and intelligence agencies; Ireland's Act of the same year gives further effect to the GDPR; Kenya's Act of 2019 created the Office of the Data Protection Commissioner. Laws of this kind require organisations to protect personal data with appropriate technical measures, which regulators often say includes encryption, and set limits on how the state may process data. Which act is meant depends on the country an article is about; each is enforced by that country's data protection authority.",
    sources: [
      { title: 'Data Protection Act 2018 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2018/12/contents' },
    ],
  },
  {
    id: 'electronic-communications-act',
    explanation:
      "In EU member states these laws transpose the European Electronic Communications Code and set the obligations of network operators and, increasingly, of messaging and email services classed as interpersonal communications services, including duties to support lawful interception and, in some countries, to retain data. Several governments have proposed amending them to require messaging providers to deliver intercepted content in readable form. The UK's Electronic Communications Act 2000 is different: it deals mainly with electronic signatures.",
    sources: [
      { title: 'Directive (EU) 2018/1972, European Electronic Communications Code (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2018/1972/oj' },
    ],
  },
  {
    id: 'rapporteur',
    explanation:
      "In the European Parliament the committee responsible for a proposal appoints a rapporteur, who drafts the Parliament's report, proposes amendments and leads its negotiations with the Council; other political groups appoint shadow rapporteurs to follow the file for them. Rapporteurs on files such as the CSA Regulation have therefore been central to decisions about encryption. Parliaments in countries such as France and Brazil, and some courts, use the same title for the member who reports on a bill or case. The United Nations' special rapporteurs are different: independent experts who report on human rights themes, one of whom reported on encryption and anonymity in 2015.",
    sources: [{ title: 'European Parliament (official site)', url: 'https://www.europarl.europa.eu/' }],
  },
  {
    id: 'trilogue',
    explanation:
      "Most EU laws are now agreed in trilogues: small teams led by the Parliament's rapporteur and the Council presidency, with the Commission mediating, meet behind closed doors to reach a provisional deal, which both institutions must then formally approve. The method is efficient but criticised for its lack of transparency. For contested files such as the CSA Regulation, trilogues can start only once the Council has agreed its own position.",
    sources: [{ title: 'European Parliament (official site)', url: 'https://www.europarl.europa.eu/' }],
  },
  {
    id: 'court-order',
    explanation:
      "In many countries police obtain stored data, interception or help from companies by applying to a judge, who decides whether the legal conditions, such as suspicion of a serious offence, necessity and proportionality, are met. Warrants, production orders and assistance orders are particular kinds of court order. Proposals on encrypted services often promise access 'only with a court order': supporters present judicial approval as the safeguard that makes access legitimate, while critics answer that an order cannot make a provider produce content it is unable to decrypt, so complying would mean changing the service for every user. Disobeying an order can bring fines or proceedings for contempt of court.",
    sources: [{ title: 'Court order (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Court_order' }],
  },
  {
    id: 'public-consultation',
    explanation:
      "Many governments consult before adopting laws and regulations: ministries in the UK, Ireland and elsewhere publish consultation papers, EU institutions run online consultations, and US federal agencies publish proposed rules and open a public comment period. On encryption, consultations draw responses from technology companies, digital rights groups, security researchers, police and child-protection organisations, and their submissions are a common source of the positions reported in the news. The authority is usually not bound by the responses, but it is often expected to explain how it took them into account.",
    sources: [{ title: 'Public consultation (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Public_consultation' }],
  },
  {
    id: 'bill-stages',
    explanation:
      "In the UK, Ireland, Canada, Australia and other Westminster-style parliaments the first reading is a formality, the second reading debate decides whether the house accepts a bill's principles, the committee stage goes through it clause by clause, the report stage considers further amendments and the third reading is the final debate and vote before the bill goes to the other house. In many other parliaments, for example in central and eastern Europe, a bill's principles are debated and voted on at its first reading and amendments come at the second. Campaigners on both sides of encryption bills often aim at a particular stage, such as pressing for amendments before the second reading.",
    sources: [{ title: 'Reading (legislature) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Reading_(legislature)' }],
  },
  {
    id: 'criminal-procedure-code',
    explanation:
      "Most civil-law countries, and some others, gather the rules of criminal investigation and trial in a single code or act of criminal procedure; other countries spread them over several statutes. These laws typically list the investigative measures available, such as intercepting communications, searching seized devices or ordering third parties to hand over data, with the offences and safeguards that apply to each. Governments seeking access to encrypted messages often propose amending them, for example to oblige providers to decrypt on a judge's order or to let courts order suspects to unlock devices, and opponents argue over whether such duties are compatible with the rights the same codes protect.",
    sources: [{ title: 'Criminal procedure (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Criminal_procedure' }],
  },
  {
    id: 'affidavit',
    explanation:
      "An affidavit is signed before someone authorised to administer oaths, such as a notary or commissioner for oaths, and a knowingly false statement in it can be prosecuted as perjury. In applications for search warrants or orders to unlock devices, an investigator's affidavit usually sets out why the data is needed and what else has been tried; in court challenges, a company's engineers may explain by affidavit what their systems can and cannot do. Affidavits filed in open court can become public, which is how many details of such cases are reported.",
    sources: [{ title: 'Affidavit (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Affidavit' }],
  },
  {
    id: 'judicial-review',
    explanation:
      "In the UK, Ireland, Australia and other common-law countries, judicial review lets a court examine whether a public body acted within its legal powers, followed a fair procedure and reached a rational decision; the court can quash the decision or declare it unlawful, but generally does not decide the merits itself. In the US and many other countries the term also covers the courts' power to strike down laws that conflict with the constitution. Challenges to decryption orders, industry codes and surveillance regulations are often brought this way, and how far courts should defer to the government on questions of security is itself debated.",
    sources: [{ title: 'Judicial review (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Judicial_review' }],
  },
  {
    id: 'lawful-request',
    explanation:
      "Technology companies' guidelines for law enforcement and their transparency reports set out what 'valid legal process' they require for each kind of data: in the US, for example, a subpoena for basic subscriber records, a court order for other records and a search warrant for the content of communications. In French-speaking countries a prosecutor's or judge's demand of this kind is called a judicial requisition. Companies check that a request comes from an authorised body and follows the applicable law, and may refuse or narrow it; requests from abroad may have to go through mutual legal assistance. Police and governments argue that a lawful request should be answerable in full, content included; providers of end-to-end encrypted services reply that they can hand over only account details and metadata, because they cannot decrypt their users' messages.",
    sources: [{ title: 'Stored Communications Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Stored_Communications_Act' }],
  },
  {
    id: 'popia',
    explanation:
      "Like the EU's GDPR, the Act sets conditions for processing personal information lawfully, including a duty on responsible parties to take appropriate technical and organisational measures to keep it secure, and it requires them to notify the Information Regulator and affected people of security compromises. Most of its provisions took effect in July 2020, with a year's grace period. Proposals for interception or decryption duties in South Africa are examined for their compatibility with POPIA, alongside the interception law known as RICA, and the Information Regulator comments on such proposals.",
    sources: [{ title: 'Information Regulator (South Africa, official site)', url: 'https://inforegulator.org.za/' }],
  },
  {
    id: 'private-members-bill',
    explanation:
      "In Westminster-style parliaments most bills are introduced by ministers; backbench and opposition members can introduce their own, but the time set aside for them is limited and most do not pass unless the government adopts or supports them. Other legislatures have similar procedures under other names. Private member's bills on lawful access to encrypted communications or on children's online safety are often used to test support for an idea or to press the government to act.",
    sources: [{ title: "Private member's bill (Wikipedia)", url: "https://en.wikipedia.org/wiki/Private_member's_bill" }],
  },
  {
    id: 'data-controller',
    explanation:
      "The GDPR distinguishes controllers, which determine the purposes and means of processing, from processors, which process data on a controller's behalf, such as a cloud provider hosting a company's files. Controllers must be able to show that they comply, assess the impact of risky processing, report personal data breaches to the supervisory authority, usually within 72 hours, and implement appropriate security measures, for which the Regulation names encryption as an example. Many data protection laws outside the EU use the same terms.",
    sources: [{ title: 'Regulation (EU) 2016/679, GDPR (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' }],
  },
  {
    id: 'pre-legislative-scrutiny',
    explanation:
      "Pre-legislative scrutiny lets parliamentarians, and the experts and organisations they hear, influence a bill while it can still be changed easily. In Ireland it is the normal route for government bills: the general scheme sets out the bill's intended provisions head by head, a joint committee of the Oireachtas holds hearings and publishes a report with recommendations, and the government then has the full bill drafted. The UK Parliament similarly examines some bills published in draft. Bills on interception, lawful access and online safety have drawn submissions from police, technology companies and rights groups at this stage.",
    sources: [{ title: 'Houses of the Oireachtas (official site)', url: 'https://www.oireachtas.ie/' }],
  },
  {
    id: 'coercive-measures-act',
    explanation:
      "The Act, in force in its current form since 2014, lists the coercive measures available in criminal investigations and the conditions for each, including which offences justify telecommunications interception or traffic data monitoring and when a district court must authorise them. It also governs searches of devices and of the data on them. Proposals to require messaging providers to supply readable messages on a court's order would amend it, and because such measures touch the constitutional secrecy of confidential communications, the Constitutional Law Committee of Parliament examines them.",
    sources: [{ title: 'Finlex, the official Finnish legal database', url: 'https://www.finlex.fi/' }],
  },
  {
    id: 'criminal-code',
    explanation:
      "In most countries the criminal or penal code defines offences such as fraud, extortion or the possession of child sexual abuse material, and the penalties for them; how investigations are conducted is set out in a separate code or act of criminal procedure. Canada is an exception: its Criminal Code covers both, so debates there about lawful access, production orders and compelling suspects to unlock devices are about amending the Criminal Code. New offences, such as refusing to give investigators a password, are usually added to the criminal code.",
    sources: [{ title: 'Criminal code (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Criminal_code' }],
  },
];
