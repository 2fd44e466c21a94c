import type { TermDetails } from '../schema';

export const CONCEPTS_DETAILS: TermDetails[] = [
  {
    id: 'going-dark',
    explanation:
      '"Going dark" describes the concern of police and intelligence agencies that encryption, especially end-to-end encrypted messaging and locked smartphones, leaves them unable to obtain evidence even when a court has authorised it. FBI Director James Comey popularised the phrase in an October 2014 speech titled "Going Dark: Are Technology, Privacy, and Public Safety on a Collision Course?". A 2016 report from Harvard\'s Berkman Center, "Don\'t Panic", argued that metadata, cloud services and connected devices give investigators new sources of evidence. In 2023 the EU set up a high-level group on access to data for law enforcement, often referred to as the "Going Dark" group.',
    sides: {
      forAccess:
        'Law enforcement says warrants are becoming worthless for a growing share of evidence, letting terrorists, child abusers and organised criminals communicate beyond the reach of the law.',
      forEncryption:
        'Critics say investigators now have more data than ever, such as metadata, cloud backups and location records, and that weakening encryption to recover the rest would expose everyone to criminals and hostile states.',
    },
    sources: [{ title: 'Crypto Wars (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Crypto_Wars' }],
  },
  {
    id: 'crypto-wars',
    explanation:
      'The "crypto wars" began in the 1990s, when the US treated strong encryption as a munition subject to export controls and proposed the Clipper chip, a key escrow scheme that would have given the government access to encrypted phone calls. Civil liberties groups, researchers and the tech industry fought these policies, and the US substantially relaxed its export rules in 2000. Many call the debate that revived in the 2010s, after the Snowden disclosures and the spread of default encryption on phones and messaging apps, the second crypto wars.',
    sides: {
      forAccess:
        'Governments argue that they have always been able to obtain evidence with legal authority, and that encryption should not create spaces entirely beyond the reach of the law.',
      forEncryption:
        'Encryption advocates argue that every attempt to guarantee government access has introduced security weaknesses, and that strong encryption protects the economy, critical infrastructure and human rights.',
    },
    sources: [{ title: 'Crypto Wars (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Crypto_Wars' }],
  },
  {
    id: 'mass-surveillance',
    explanation:
      'Mass surveillance means monitoring large numbers of people indiscriminately, for instance by intercepting internet traffic in bulk, retaining everyone\'s phone records or scanning all messages on a service. The 2013 Snowden disclosures revealed programmes by the NSA and GCHQ that critics described this way. Courts in Europe have judged several such regimes unlawful when they lacked adequate safeguards, and critics of client-side scanning proposals argue that scanning every user\'s private messages is itself mass surveillance.',
    sides: {
      forAccess:
        'Agencies argue that large-scale collection, governed by law and searched only under strict rules, is needed to discover unknown threats and is not the same as watching everyone.',
      forEncryption:
        'Privacy advocates argue that collecting everyone\'s data treats the whole population as suspects, invites abuse and chills free expression, whatever rules govern later searches.',
    },
    sources: [{ title: 'Mass surveillance (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Mass_surveillance' }],
  },
  {
    id: 'targeted-surveillance',
    explanation:
      'Targeted surveillance focuses on particular people, accounts or devices identified in advance, for example by wiretapping a suspect\'s phone under a warrant or hacking a specific device. Human rights law generally treats it as more easily justified than mass surveillance because it can be tied to individual suspicion. It can also be abused: commercial spyware has been used to target journalists, activists and politicians.',
    sources: [{ title: 'Targeted surveillance (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Targeted_surveillance' }],
  },
  {
    id: 'warrant',
    explanation:
      'A warrant is a legal document authorising the authorities to do something that would otherwise be unlawful, such as search premises, intercept communications or interfere with equipment. In the US, search warrants are issued by judges on a showing of probable cause; in the UK, interception warrants are issued by a secretary of state and approved by a Judicial Commissioner. Encryption debates often turn on whether a warrant should guarantee access to readable data: officials criticise "warrant-proof" encryption, while encryption advocates say a warrant gives authority to seek data, not a duty on others to make it readable.',
    sources: [{ title: 'Search warrant (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Search_warrant' }],
  },
  {
    id: 'cybercrime',
    explanation:
      'Cybercrime covers offences against computer systems, such as unauthorised access, malware and ransomware, and traditional crimes committed online, such as fraud and the distribution of child sexual abuse material. Encryption is central to both sides of the encryption debate here: it protects people and businesses from criminals, and it can also hide criminals\' communications from investigators. The Council of Europe\'s 2001 Budapest Convention is the main international treaty on the subject.',
    sources: [{ title: 'Cybercrime (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Cybercrime' }],
  },
  {
    id: 'csam',
    explanation:
      'Child sexual abuse material (CSAM) is the term child-protection organisations prefer to "child pornography", because every image records a crime against a child. Platforms detect known material by comparing images against hash lists from bodies such as NCMEC and the IWF, and some use classifiers to find new material. Because such scanning cannot happen on a server when messages are end-to-end encrypted, CSAM detection is at the centre of proposals such as the EU CSA Regulation and the UK Online Safety Act, and of the debate over client-side scanning.',
    sources: [
      { title: 'NCMEC (official site)', url: 'https://www.missingkids.org/' },
      { title: 'Internet Watch Foundation (official site)', url: 'https://www.iwf.org.uk/' },
    ],
  },
  {
    id: 'lawful-interception',
    explanation:
      'Lawful interception is the legally authorised interception of communications, carried out by or with the help of the network operator or service provider, usually under a warrant. Many countries require telecom operators to have interception capabilities ready, and technical standards bodies such as ETSI publish interfaces for handing intercepted traffic to authorities. End-to-end encryption means that an intercepted message is unreadable to the provider and so to the authorities too, which is why it is at the heart of the going dark debate.',
    sources: [{ title: 'Lawful interception (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Lawful_interception' }],
  },
  {
    id: 'data-retention',
    explanation:
      'Data retention laws require communications providers to keep metadata about their users, such as who called whom, when, for how long and from where, and sometimes internet connection records, for a set period so that authorities can later request it. The EU\'s Data Retention Directive, adopted in 2006, required this until the EU Court of Justice annulled it in 2014; national laws continue to exist in various forms, and in the EU they are now limited by the court\'s rulings.',
    sides: {
      forAccess:
        'Police say retained records are often essential to identify suspects and their contacts after the fact, and that encryption makes metadata even more important.',
      forEncryption:
        'Critics say keeping everyone\'s records in advance is disproportionate, creates tempting targets for hackers and reveals intimate details of people\'s lives even without content.',
    },
    sources: [{ title: 'Data retention (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Data_retention' }],
  },
  {
    id: 'bulk-interception',
    explanation:
      'Bulk interception means collecting communications in large volumes, for example by tapping undersea cables, and then filtering and searching them for intelligence, so that most of what is collected belongs to people of no interest. In the UK, Part 6 of the Investigatory Powers Act 2016 provides for bulk interception, bulk acquisition of communications data and bulk equipment interference warrants. In 2021 the European Court of Human Rights held that bulk interception is not unlawful in itself, but that it requires end-to-end safeguards, which the UK\'s earlier regime lacked.',
    sides: {
      forAccess:
        'Intelligence agencies say bulk powers are needed to find threats they do not yet know about, such as unknown attackers or hostile cyber operations, and are subject to strict legal controls.',
      forEncryption:
        'Critics say bulk collection is mass surveillance by another name, and that the growing use of encryption is a legitimate response to it.',
    },
    sources: [
      { title: 'Investigatory Powers Act 2016, Part 6: Bulk warrants (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/part/6' },
    ],
  },
  {
    id: 'privacy-by-design',
    explanation:
      'Privacy by design is the principle that systems should protect privacy by default and from the outset, for example by collecting as little data as possible and encrypting what they hold. The idea was developed in the 1990s by Ann Cavoukian, then Information and Privacy Commissioner of Ontario. Article 25 of the GDPR turned it into a legal obligation called data protection by design and by default. Supporters of end-to-end encryption often present it as privacy by design in practice.',
    sources: [{ title: 'Privacy by design (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Privacy_by_design' }],
  },
  {
    id: 'chilling-effect',
    explanation:
      'A chilling effect is the discouragement of lawful behaviour, such as speaking freely, contacting journalists or reading about sensitive subjects, caused by the fear of surveillance or legal consequences. Courts and rights groups cite it as a harm of surveillance even when no data is misused, and studies after the 2013 Snowden disclosures reported changes in what people searched for and read online.',
    sources: [{ title: 'Chilling effect (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Chilling_effect' }],
  },
  {
    id: 'function-creep',
    explanation:
      'Function creep is the gradual widening of a system\'s use beyond its original purpose, often without a new public debate. Critics of scanning proposals argue that once a system exists to search private messages for child sexual abuse material, governments could later require it to look for other content, such as terrorist material or political dissent. Supporters reply that the law can strictly limit what a system may look for.',
    sources: [{ title: 'Function creep (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Function_creep' }],
  },
  {
    id: 'proportionality',
    explanation:
      'Proportionality is a legal principle used by European courts, among others, to decide whether a restriction of a fundamental right is justified: the measure must pursue a legitimate aim, be suitable and necessary to achieve it, and not impose burdens excessive in relation to its benefits. Surveillance laws such as the Data Retention Directive have been struck down for failing this test, and it is the main legal yardstick for proposals to scan or weaken encrypted communications.',
    sources: [{ title: 'Proportionality (law) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Proportionality_(law)' }],
  },
  {
    id: 'dual-use',
    explanation:
      'Dual-use items have both civilian and military applications, and their export is controlled under international regimes such as the Wassenaar Arrangement and, in the EU, a dedicated regulation. Encryption products have long been classed as dual-use, which drove the export fights of the 1990s crypto wars. Surveillance and intrusion software were later added to control lists to limit sales of such tools to repressive governments.',
    sources: [{ title: 'Regulation (EU) 2021/821 on dual-use items (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2021/821/oj' }],
  },
  {
    id: 'communications-data',
    explanation:
      'Communications data is the UK legal term, used in the Investigatory Powers Act 2016, for information about a communication other than its content: who was involved, when, where and how it was sent, such as call records, subscriber details and IP addresses. Public authorities can obtain it with an authorisation that is less demanding than an interception warrant. It remains available to investigators even when the content is end-to-end encrypted, which is why it features in the going dark debate.',
    sources: [
      {
        title: 'Investigatory Powers Act 2016, Part 3: Authorisations for obtaining communications data (legislation.gov.uk)',
        url: 'https://www.legislation.gov.uk/ukpga/2016/25/part/3',
      },
    ],
  },
  {
    id: 'vulnerabilities-equities-process',
    explanation:
      'The US Vulnerabilities Equities Process weighs, case by case, whether a software vulnerability discovered or acquired by the government should be disclosed to the vendor so that it can be fixed, or retained for intelligence or law enforcement use. The White House published a charter describing the process in 2017, and the UK has a similar equities process. The debate about it reflects a tension between keeping flaws for lawful hacking and closing them to protect everyone.',
    sides: {
      forAccess:
        'Agencies argue that some vulnerabilities are too valuable for intelligence and investigations to give up immediately, and that the process already leads to most flaws being disclosed.',
      forEncryption:
        'Critics argue that any flaw kept secret can be found or stolen by others, as happened with NSA tools leaked in 2017, so governments should disclose far more.',
    },
    sources: [
      { title: 'Vulnerabilities Equities Process (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Vulnerabilities_Equities_Process' },
    ],
  },
  {
    id: 'detection-order',
    explanation:
      'A detection order is the central mechanism of the European Commission\'s 2022 proposal for a CSA Regulation. At the request of a national coordinating authority, a court or independent administrative authority could order a hosting or messaging service to detect known or new child sexual abuse material, or grooming, for a limited period, using detection technologies that meet the regulation\'s requirements. Because the proposal did not exclude end-to-end encrypted services, critics said such orders would in practice require client-side scanning.',
    sides: {
      forAccess:
        'Supporters say detection orders are a last resort, issued only after risk assessment and independent review, and targeted at services where abuse is significant.',
      forEncryption:
        'Opponents say an order covering a whole service means scanning the messages of all its users, and that detection in encrypted services cannot be done without undermining the encryption.',
    },
    sources: [
      { title: 'Proposal COM(2022) 209 (EUR-Lex)', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0209' },
    ],
  },
  {
    id: 'surveillance',
    explanation:
      'Surveillance is the monitoring of people, their communications or their activities, whether by governments, companies or individuals. In encryption policy it usually means state surveillance for law enforcement and intelligence, which ranges from targeted wiretaps under a warrant to mass collection of communications and metadata. Encryption limits what can be read in transit or on a device, which is why the two are so often debated together.',
    sources: [{ title: 'Surveillance (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Surveillance' }],
  },
  {
    id: 'wiretapping',
    explanation:
      'Wiretapping originally meant attaching a listening device to a telephone line; today it covers intercepting calls, messages and internet traffic, usually with the help of the network operator. Most democracies allow it only under a warrant or similar authorisation, and US law requires telecom carriers to build networks that make authorised wiretaps possible. When communications are end-to-end encrypted, a wiretap on the network yields only unreadable data, which is a central point in the going dark debate.',
    sources: [{ title: 'Telephone tapping (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Telephone_tapping' }],
  },
  {
    id: 'systemic-weakness',
    explanation:
      'Australia\'s Assistance and Access Act 2018 forbids technical assistance and capability notices from requiring a provider to build a systemic weakness or systemic vulnerability into a form of electronic protection. Amendments passed with the Act defined a systemic weakness as one that affects a whole class of technology, excluding a weakness selectively introduced to technology connected with a particular person. Critics, including technology companies, argued that in practice it is hard to weaken security for one target without weakening it for others.',
    sides: {
      forAccess:
        'The Australian government says the ban on systemic weaknesses guarantees that help given under the Act cannot compromise the security of everyone else using a product.',
      forEncryption:
        'Critics say the line between a targeted change and a systemic one is unclear in modern software, where a change made for one user can be reused against any user.',
    },
    sources: [
      {
        title: 'Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Telecommunications_and_Other_Legislation_Amendment_(Assistance_and_Access)_Act_2018',
      },
    ],
  },
  {
    id: 'responsible-encryption',
    explanation:
      'US Deputy Attorney General Rod Rosenstein argued in speeches in late 2017 that technology companies should offer "responsible encryption": products that stay secure for users but let the company decrypt data or unlock a device when served with a lawful order, and he suggested that companies could work out how to build it. The phrase joined "exceptional access" and "lawful access by design" in the vocabulary of those seeking access. Cryptographers and technology companies replied that any such capability amounts to a backdoor that others could find and exploit.',
    sides: {
      forAccess:
        'Officials argue that companies already manage keys for features such as account recovery and software updates, so building products that can answer a court order is a design choice, not an impossibility.',
      forEncryption:
        'Critics argue that a mechanism to decrypt for one authority is a weakness available to every attacker who finds it, and that calling it responsible does not change the mathematics.',
    },
    sources: [{ title: 'Crypto Wars (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Crypto_Wars' }],
  },
  {
    id: 'interception',
    explanation:
      'Interception means capturing communications in transit, as opposed to obtaining stored data or seizing a device. Many countries oblige telephone and internet providers to be able to intercept a customer\'s communications when presented with a warrant, a duty known as maintaining an interception capability; in the US it comes from CALEA, and in the UK technical capability notices can impose it. End-to-end encryption leaves an intercepted message unreadable to the provider, so whether messaging apps can be required to provide an interception capability is at the centre of lawful-access bills.',
    sides: {
      forAccess:
        'Police argue that phone companies have had to be able to intercept under a warrant for decades, and that the same duty should apply to the messaging apps that have replaced phone calls.',
      forEncryption:
        'Messaging providers and security experts argue that an end-to-end encrypted service cannot be made interceptable without adding a way to read messages, which would weaken security for all of its users.',
    },
    sources: [
      { title: 'Lawful interception (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Lawful_interception' },
      { title: 'Telephone tapping (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Telephone_tapping' },
    ],
  },
  {
    id: 'double-lock',
    explanation:
      'Under the Investigatory Powers Act 2016, most warrants for interception, equipment interference and bulk powers, and technical capability notices, are issued by a secretary of state, often the Home Secretary, and must then be approved by a Judicial Commissioner before they take effect; in urgent cases approval may follow within days. The government presented this double lock as a major new safeguard when the Act was passed. The commissioner reviews the minister\'s decision on the principles a court would apply in judicial review rather than deciding afresh, which critics say limits how much the second lock adds.',
    sides: {
      forAccess:
        'The government says that requiring both a minister accountable to Parliament and a senior judge to agree gives the UK some of the strongest safeguards on surveillance powers anywhere.',
      forEncryption:
        'Critics say judicial review principles leave ministers wide latitude, and that the double lock does nothing about the secrecy of technical capability notices or their effect on the security of encrypted services.',
    },
    sources: [
      { title: 'Investigatory Powers Act 2016 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/contents' },
      { title: 'IPCO (official site)', url: 'https://www.ipco.org.uk/' },
    ],
  },
  {
    id: 'traceability',
    explanation:
      "India's 2021 rules for online intermediaries require large messaging services to enable identification of the 'first originator' of a message when a court or the government orders it for serious offences, without disclosing message content. Because an end-to-end encrypted service cannot read messages, it could comply only by keeping a fingerprint or identifier of every message sent, which WhatsApp argued in a 2021 court challenge would break encryption and the privacy of all its users. Similar requirements have been proposed elsewhere against disinformation and incitement spread through forwarded messages.",
    sides: {
      forAccess:
        'Governments say that when a forwarded message incites violence or spreads abuse material, investigators need to find where it started, and that identifying its originator under an order requires reading no one\'s messages.',
      forEncryption:
        "Messaging companies and rights groups say the only way to trace originators in an encrypted app is to label every message, which amounts to surveillance of all users, weakens encryption and exposes journalists' sources and whistleblowers.",
    },
    sources: [{ title: 'WhatsApp (Wikipedia)', url: 'https://en.wikipedia.org/wiki/WhatsApp' }],
  },
  {
    id: 'single-point-of-failure',
    explanation:
      "Engineers remove single points of failure by adding redundancy and by dividing trust, so that no one component, person or key can bring a system down or open it alone. In the encryption debate the phrase describes any mechanism that concentrates the power to decrypt: a database of escrowed keys, a provider's master key, or a signing key that can push scanning or access updates to every device. Opponents of such mechanisms argue that they would be prime targets for criminals, foreign intelligence services and insiders; supporters of access reply that the risk can be managed with hardware security modules, key splitting and strict procedures, as it already is for companies' own most sensitive keys.",
    sources: [{ title: 'Single point of failure (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Single_point_of_failure' }],
  },
  {
    id: 'transparency-report',
    explanation:
      'Google published the first widely known transparency report in 2010, and most large technology and telecoms companies now publish them, usually twice a year, broken down by country and type of request. They give the public one of the few measures of how much government access to data actually happens, but the law limits their detail: in the US, for example, companies may report national security requests only in broad ranges. Laws that require platforms to moderate or detect content, such as the EU\'s Digital Services Act, also require regular transparency reports.',
    sources: [
      { title: 'Google Transparency Report', url: 'https://transparencyreport.google.com/' },
      { title: 'Regulation (EU) 2022/2065, Digital Services Act (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj' },
    ],
  },
  {
    id: 'intermediary-liability',
    explanation:
      "Many countries protect online intermediaries, the services that transmit, store or host content supplied by others, from liability for that content as long as they meet certain conditions, often called a safe harbour: Section 230 in the US, the e-Commerce Directive and now the Digital Services Act in the EU, and section 79 of India's Information Technology Act 2000. Governments can attach duties to that protection. India's 2021 intermediary rules, for example, require large messaging services to be able to identify the first originator of a message when ordered to, and a service that fails to comply risks losing its protection and being held liable for what its users send.",
    sides: {
      forAccess:
        'Governments say that services which profit from carrying content at scale should in return help the authorities deal with its abuse, and that legal protection is a privilege that can come with conditions.',
      forEncryption:
        "Messaging companies and digital rights groups say that making a service's legal protection depend on tracing or scanning its users' messages is a way of forcing it to weaken end-to-end encryption without saying so.",
    },
    sources: [
      { title: 'Information Technology Act, 2000 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Information_Technology_Act,_2000' },
      { title: 'Section 230 (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Section_230' },
      { title: 'Regulation (EU) 2022/2065, Digital Services Act (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj' },
    ],
  },
  {
    id: 'signals-intelligence',
    explanation:
      'Signals intelligence covers communications intelligence, the interception of calls, messages and internet traffic, and electronic intelligence from other signals such as radar. It is the work of agencies such as the NSA in the United States and GCHQ in the United Kingdom, which share much of it under the Five Eyes arrangement. Because much of what they intercept is encrypted, these agencies sit on both sides of the encryption debate: they rely on strong cryptography to protect their own governments, and they seek ways to read the communications of their targets.',
    sources: [{ title: 'Signals intelligence (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Signals_intelligence' }],
  },
  {
    id: 'sextortion',
    explanation:
      'Sextortion usually starts with an offender, often posing as someone of the same age, persuading a victim to share an intimate image and then threatening to send it to family or friends unless paid or sent more. Police in several countries have warned of a sharp rise in financially motivated sextortion of teenagers. Police and child-protection groups cite such cases to argue that platforms should be able to detect grooming and abuse in private messages; privacy advocates and some victim-support groups answer that reporting tools, safety design and encryption itself protect victims better than scanning everyone\'s messages.',
    sources: [{ title: 'Sextortion (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Sextortion' }],
  },
  {
    id: 'child-grooming',
    explanation:
      "Offenders typically win a child's trust with attention, gifts or shared secrets, move the conversation to private or encrypted channels, and push for images or a meeting. Many countries have made online grooming an offence of its own. Unlike known abuse images, which can be matched against hash lists, grooming can only be detected by analysing the content of conversations, usually with classifiers, which is why proposals to detect it in encrypted messaging are among the most contested.",
    sides: {
      forAccess:
        'Supporters say grooming is where abuse can still be prevented, and that services should be able to spot it in private chats and warn children or alert moderators.',
      forEncryption:
        "Critics say detecting grooming means automated reading of everyone's private conversations, with error rates that would flag many innocent exchanges between young people.",
    },
    sources: [{ title: 'Child grooming (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Child_grooming' }],
  },
  {
    id: 'money-mule',
    explanation:
      "Fraud and scam networks need accounts in other people's names to receive victims' payments and pass them on. Mules are often recruited through fake job offers or social media, and some are scam victims themselves; in many countries letting one's account be used this way is a crime. Banks and police trace and freeze mule accounts, and investigators of scam networks say the instructions to mules are often sent over encrypted messaging apps.",
    sources: [{ title: 'Money mule (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Money_mule' }],
  },
  {
    id: 'subscriber-information',
    explanation:
      "Laws often treat subscriber information as the least sensitive kind of data a provider holds. The Council of Europe's Convention on Cybercrime defines it and requires parties to let their authorities order providers to produce it, and under the US Stored Communications Act it can be obtained with a subpoena. Encrypted services that cannot read their users' messages usually still hold some subscriber information and hand it over in response to legal demands, although some privacy-focused services collect as little as they can. Privacy advocates note that linking an account to a person can itself be revealing.",
    sources: [
      { title: 'Convention on Cybercrime (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Convention_on_Cybercrime' },
      { title: 'Stored Communications Act (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Stored_Communications_Act' },
    ],
  },
  {
    id: 'data-sovereignty',
    explanation:
      'Governments and organisations invoke data sovereignty when they require certain data to be stored on servers within their borders, known as data localisation, or avoid providers subject to foreign laws such as the US CLOUD Act. Encryption with keys held by the customer is one way providers try to offer sovereignty without local storage. Indigenous data sovereignty movements, such as Māori networks in New Zealand, use the term for the rights of peoples over data about them. Critics say localisation rules can also make it easier for a government to obtain data or to monitor its own citizens.',
    sources: [
      { title: 'Data sovereignty (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Data_sovereignty' },
    ],
  },
  {
    id: 'right-to-privacy',
    explanation:
      "Article 12 of the Universal Declaration of Human Rights and Article 17 of the International Covenant on Civil and Political Rights protect against arbitrary interference with privacy, family, home or correspondence, and Article 8 of the European Convention on Human Rights protects respect for private and family life. In 2017 India's Supreme Court recognised privacy as a fundamental right in the Puttaswamy judgment. The right is not absolute: interference must be lawful, necessary and proportionate, so governments argue that targeted access to communications can be justified, while rights groups and UN experts have argued that encryption is essential to exercising privacy and freedom of expression online.",
    sources: [
      { title: 'Right to privacy (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Right_to_privacy' },
    ],
  },
  {
    id: 'money-laundering',
    explanation:
      "Anti-money-laundering rules, shaped internationally by the Financial Action Task Force, require banks, payment apps and other businesses to identify their customers, keep records and report suspicious transactions to a financial intelligence unit. Police and regulators say criminal networks coordinate laundering over encrypted messaging, and some have proposed that payment apps keep their chat records readable; companies and privacy advocates reply that financial records already give investigators a trail and that weakening encryption would expose ordinary customers.",
    sources: [
      { title: 'Money laundering (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Money_laundering' },
      { title: 'Financial Action Task Force (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Financial_Action_Task_Force' },
    ],
  },
  {
    id: 'extortion',
    explanation:
      "Extortion is a crime almost everywhere. In parts of Latin America, Africa and Asia, police report gangs demanding 'protection' payments from shopkeepers, transport workers and families through calls and messages, many sent from prisons on smuggled phones. Prosecutors there have cited such cases to argue for powers to read encrypted chats or to oblige providers to keep messages readable; critics answer that those powers would reach everyone's messages, and point to measures such as blocking phones in prisons and tracing payments. Sextortion, the threat to share intimate images, is one form of extortion.",
    sources: [{ title: 'Extortion (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Extortion' }],
  },
  {
    id: 'honeypot',
    explanation:
      "Critics of rules that would make providers keep readable copies of messages or copies of users' keys argue that such stores become honeypots: high-value targets whose breach would expose everyone at once, and which insiders could abuse. Supporters of such rules reply that the stores can be protected like other sensitive systems, with strict access controls, audits and judicial oversight. In computer security, a honeypot is a decoy system deliberately exposed to detect, deflect or study attacks, and police operations that secretly ran a criminal communications service are sometimes described the same way.",
    sources: [{ title: 'Honeypot (computing) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Honeypot_(computing)' }],
  },
  {
    id: 'outlaw-motorcycle-gang',
    explanation:
      "Police forces in Australia, North America and Europe treat some motorcycle clubs, or chapters of them, as organised crime groups, while the clubs say they are social organisations and that crimes are committed by individuals. Members have been prosecuted for drug trafficking, extortion and violence, and Australian states have passed laws against bikie gangs that were criticised as restricting freedom of association. Investigations into such groups, including the FBI and Australian Federal Police operation that ran the ANOM encrypted phone service, are often cited by police who argue for access to encrypted communications.",
    sources: [{ title: 'Outlaw motorcycle club (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Outlaw_motorcycle_club' }],
  },
];
