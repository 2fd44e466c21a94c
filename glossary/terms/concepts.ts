import type { TermEntry } from '../schema';

/**
 * Ideas and policy vocabulary of the encryption and surveillance debate. Several are
 * everyday phrases elsewhere ("going dark", "chilling effect", "does not warrant panic"), so
 * their entries are `ambiguous` and light up only where the topic gate finds the policy sense.
 * Lawful hacking is a technology entry (`lawful-hacking`).
 */
export const CONCEPTS_TERMS: TermEntry[] = [
  {
    id: 'going-dark',
    term: 'Going dark',
    category: 'concept',
    forms: ['going dark', 'go dark', 'goes dark', 'gone dark', 'going dark problem'],
    ambiguous: true,
    short:
      "Law enforcement's term for losing the ability to read communications or unlock devices, even with legal authority, because of encryption.",
    related: ['fbi', 'lawful-access', 'exceptional-access', 'crypto-wars', 'europol', 'end-to-end-encryption'],
  },
  {
    id: 'crypto-wars',
    term: 'Crypto wars',
    category: 'concept',
    forms: ['crypto wars', 'crypto war', 'cryptowars'],
    // "Crypto" also means cryptocurrency, whose industry has its own "crypto wars".
    ambiguous: true,
    short:
      "The long-running conflict between governments seeking to control or access encryption and those defending its free use, from 1990s US export controls and the Clipper chip to today's fights over messaging.",
    related: ['clipper-chip', 'key-escrow', 'export-controls', 'going-dark', 'wassenaar-arrangement', 'eff'],
  },
  {
    id: 'mass-surveillance',
    term: 'Mass surveillance',
    category: 'concept',
    forms: [
      'mass surveillance',
      'dragnet surveillance',
      'blanket surveillance',
      'mass scanning',
      'general and indiscriminate monitoring',
      'general and indiscriminate surveillance',
    ],
    short:
      'Monitoring of a whole population or a large share of it, rather than of specific suspects, for example by collecting everyone\'s communications or records or scanning all their messages.',
    related: ['targeted-surveillance', 'bulk-interception', 'nsa', 'data-retention', 'client-side-scanning'],
  },
  {
    id: 'targeted-surveillance',
    term: 'Targeted surveillance',
    category: 'concept',
    forms: ['targeted surveillance', 'targeted interception'],
    short:
      'Surveillance directed at specific, identified people or devices, usually with a warrant or similar authorisation, as opposed to mass surveillance.',
    related: ['mass-surveillance', 'warrant', 'lawful-interception', 'lawful-hacking', 'spyware', 'pegasus'],
  },
  {
    id: 'warrant',
    term: 'Warrant',
    category: 'concept',
    forms: [
      'warrant',
      'warrants',
      'search warrant',
      'search warrants',
      'interception warrant',
      'interception warrants',
      'intercept warrant',
      'intercept warrants',
      'bulk warrant',
      'bulk warrants',
      'equipment interference warrant',
      'equipment interference warrants',
      'judicial warrant',
      'judicial warrants',
      'warrantless',
      'warrant-proof',
      'lawful warrant',
      'lawful warrants',
      'judicial authorisation',
      'judicial authorisations',
      'judicial authorization',
      'judicial authorizations',
      'prior judicial authorisation',
      'prior judicial authorization',
    ],
    ambiguous: true,
    short:
      'A legal authorisation, usually from a judge or a minister with judicial approval, allowing the authorities to search, intercept or hack in a specific case.',
    related: ['targeted-surveillance', 'lawful-access', 'lawful-interception', 'investigatory-powers-commissioner'],
  },
  {
    id: 'cybercrime',
    term: 'Cybercrime',
    category: 'concept',
    forms: ['cybercrime', 'cybercrimes', 'cyber crime', 'cyber crimes', 'cybercriminal', 'cybercriminals', 'computer crime'],
    short:
      'Crime that targets computers and networks, such as hacking and ransomware, or that relies on them, such as online fraud. Encryption both protects against it and can shield it from investigators.',
    related: ['convention-on-cybercrime', 'europol', 'encryption', 'vulnerability'],
  },
  {
    id: 'csam',
    term: 'CSAM',
    category: 'concept',
    forms: [
      'CSAM',
      'child sexual abuse material',
      'child sexual abuse materials',
      'child sexual abuse imagery',
      'child abuse material',
      'child abuse materials',
      'abuse material',
      'child sexual abuse images',
      'child abuse images',
    ],
    short:
      'Child sexual abuse material: images and videos of children being sexually abused. Detecting it is the main reason given for proposals to scan messages, including encrypted ones.',
    related: ['eu-csa-regulation', 'client-side-scanning', 'perceptual-hashing', 'photodna', 'ncmec', 'iwf'],
  },
  {
    id: 'lawful-interception',
    term: 'Lawful interception',
    category: 'concept',
    forms: ['lawful interception', 'lawful intercept'],
    short:
      'Interception of communications by a network operator or service provider at the request of authorities, under legal authorisation such as a warrant.',
    related: ['calea', 'warrant', 'targeted-surveillance', 'lawful-access'],
  },
  {
    id: 'data-retention',
    term: 'Data retention',
    category: 'concept',
    forms: ['data retention', 'data retention law', 'data retention laws'],
    // Also a routine records-management phrase with no link to surveillance.
    ambiguous: true,
    short:
      'Requiring telecom and internet providers to store records of who communicated with whom, when and where, so authorities can request them later.',
    related: ['data-retention-directive', 'communications-data', 'metadata', 'cjeu', 'mass-surveillance'],
  },
  {
    id: 'bulk-interception',
    term: 'Bulk interception',
    category: 'concept',
    forms: ['bulk interception', 'bulk collection', 'bulk powers', 'bulk surveillance'],
    // "Bulk collection" is also what councils call picking up large rubbish.
    ambiguous: true,
    short:
      'Collecting large volumes of communications or data, most of it about people not under suspicion, and then searching it for intelligence.',
    related: ['mass-surveillance', 'investigatory-powers-act', 'gchq', 'nsa', 'patriot-act'],
  },
  {
    id: 'privacy-by-design',
    term: 'Privacy by design',
    category: 'concept',
    forms: ['privacy by design', 'data protection by design'],
    short:
      'Building privacy protections, such as data minimisation and encryption, into systems from the start rather than adding them later. The GDPR makes it a legal duty.',
    related: ['gdpr', 'end-to-end-encryption', 'encryption'],
  },
  {
    id: 'chilling-effect',
    term: 'Chilling effect',
    category: 'concept',
    forms: ['chilling effect', 'chilling effects'],
    ambiguous: true,
    short:
      'When people hold back from lawful speech, research or association because they fear being watched or punished.',
    related: ['mass-surveillance', 'european-convention-on-human-rights'],
  },
  {
    id: 'function-creep',
    term: 'Function creep',
    category: 'concept',
    forms: ['function creep'],
    short:
      'When a system or power built for one purpose is gradually used for others. Critics raise it about scanning systems designed to find child abuse material.',
    related: ['client-side-scanning', 'eu-csa-regulation', 'data-retention'],
  },
  {
    id: 'proportionality',
    term: 'Proportionality',
    category: 'concept',
    forms: ['proportionality', 'principle of proportionality', 'proportionate'],
    ambiguous: true,
    short:
      'The legal test that an intrusion on rights such as privacy must be suitable and necessary for a legitimate aim and not excessive in relation to it.',
    related: ['european-convention-on-human-rights', 'charter-of-fundamental-rights', 'mass-surveillance'],
  },
  {
    id: 'dual-use',
    term: 'Dual-use',
    category: 'concept',
    forms: ['dual-use', 'dual-use goods', 'dual-use technology', 'dual-use technologies', 'dual-use items'],
    ambiguous: true,
    short:
      'Goods, software or technology that can serve both civilian and military or surveillance purposes, such as encryption and intrusion software, and are therefore subject to export controls.',
    related: ['wassenaar-arrangement', 'crypto-wars', 'encryption'],
  },
  {
    id: 'communications-data',
    term: 'Communications data',
    category: 'concept',
    forms: ['communications data'],
    short:
      "The UK legal term for the who, when, where and how of a communication, but not its content, such as phone records or IP addresses.",
    related: ['metadata', 'data-retention', 'investigatory-powers-act'],
  },
  {
    id: 'vulnerabilities-equities-process',
    term: 'Vulnerabilities Equities Process',
    category: 'concept',
    forms: ['Vulnerabilities Equities Process', 'equities process'],
    short:
      'A government process, in the US called the Vulnerabilities Equities Process, for deciding whether to disclose a newly found software flaw so it can be fixed, or keep it secret for intelligence or police use.',
    related: ['zero-day', 'vulnerability', 'lawful-hacking', 'responsible-disclosure', 'nsa'],
  },
  {
    id: 'detection-order',
    term: 'Detection order',
    category: 'concept',
    forms: ['detection order', 'detection orders'],
    short:
      'Under the proposed EU CSA Regulation, an order requiring an online service to search users\' content for child sexual abuse material or grooming for a limited period.',
    related: ['eu-csa-regulation', 'client-side-scanning', 'csam'],
  },
  {
    id: 'surveillance',
    term: 'Surveillance',
    category: 'concept',
    forms: ['surveillance', 'government surveillance', 'state surveillance'],
    // Also disease surveillance, CCTV at the shops, military reconnaissance.
    ambiguous: true,
    short:
      'Monitoring people\'s communications, movements or behaviour to gather information. The policy debate is about who may watch whom, on what legal basis and under what oversight.',
    related: ['mass-surveillance', 'targeted-surveillance', 'lawful-interception', 'warrant'],
  },
  {
    id: 'wiretapping',
    term: 'Wiretapping',
    category: 'concept',
    forms: ['wiretap', 'wiretaps', 'wiretapping', 'wiretapped', 'phone tapping', 'phone tap', 'phone taps'],
    short:
      'Secretly listening to or recording phone calls or other communications by tapping into the line or network. Done under legal authority, it is a form of lawful interception.',
    related: ['lawful-interception', 'calea', 'warrant', 'targeted-surveillance'],
  },
  {
    id: 'systemic-weakness',
    term: 'Systemic weakness',
    category: 'concept',
    forms: ['systemic weakness', 'systemic weaknesses', 'systemic vulnerability', 'systemic vulnerabilities'],
    // Also a stock phrase about banks and public services.
    ambiguous: true,
    short:
      "In Australia's Assistance and Access Act 2018, a weakness that affects a whole class of technology rather than one targeted person's device or service. Notices under the Act may not require one.",
    related: ['assistance-and-access-act', 'technical-assistance-notice', 'technical-capability-notice', 'backdoor'],
  },
  {
    id: 'responsible-encryption',
    term: 'Responsible encryption',
    category: 'concept',
    forms: ['responsible encryption'],
    short:
      'A phrase US Justice Department officials used from 2017 for encryption built so that companies can still produce readable data when served with a warrant. Critics call it a backdoor under another name.',
    related: ['exceptional-access', 'lawful-access', 'backdoor', 'going-dark', 'department-of-justice', 'key-escrow'],
  },
  {
    id: 'interception',
    term: 'Interception',
    category: 'concept',
    forms: [
      'interception',
      'interceptions',
      'intercept',
      'intercepts',
      'intercepted',
      'intercepting',
      'interception capability',
      'interception capabilities',
    ],
    // Passes in football, missiles and letters are intercepted too.
    ambiguous: true,
    short:
      'Obtaining the content of a call, message or other communication while it is being transmitted. Laws often require providers to maintain an interception capability so that authorities can do this with a warrant.',
    related: ['lawful-interception', 'wiretapping', 'warrant', 'bulk-interception', 'end-to-end-encryption', 'calea'],
  },
  {
    id: 'double-lock',
    term: 'Double lock',
    category: 'concept',
    forms: ['double lock'],
    // Also what one does to a front door.
    ambiguous: true,
    short:
      "In the UK's Investigatory Powers Act 2016, the rule that a warrant or notice issued by a secretary of state takes effect only once an independent Judicial Commissioner has approved it.",
    related: ['judicial-commissioner', 'investigatory-powers-act', 'investigatory-powers-commissioner', 'warrant', 'technical-capability-notice', 'home-secretary'],
  },
  {
    id: 'traceability',
    term: 'Traceability (first originator)',
    category: 'concept',
    forms: ['traceability', 'message traceability', 'first originator', 'first originators'],
    // Food safety and supply chains speak of traceability every day.
    ambiguous: true,
    short:
      'A legal demand that messaging services be able to identify who first sent a message that the authorities flag. Providers of end-to-end encrypted apps say they could do so only by tagging every message.',
    related: ['end-to-end-encryption', 'metadata', 'whatsapp', 'lawful-access', 'mass-surveillance'],
  },
  {
    id: 'single-point-of-failure',
    term: 'Single point of failure',
    category: 'concept',
    forms: ['single point of failure', 'single points of failure'],
    // Engineers say it of power grids and supply chains too.
    ambiguous: true,
    short:
      "A part of a system whose failure or compromise brings down or exposes the whole. Critics of key escrow and mandated decryption use it for a central store of keys that, if breached, opens everyone's data.",
    related: ['key-escrow', 'secret-sharing', 'hardware-security-module', 'exceptional-access', 'systemic-weakness'],
  },
  {
    id: 'transparency-report',
    term: 'Transparency report',
    category: 'concept',
    forms: ['transparency report', 'transparency reports', 'transparency reporting'],
    // Charities, councils and lobby registers publish transparency reports about other things.
    ambiguous: true,
    short:
      'A report a company publishes on how often governments asked it for user data or for removing content, and how often it complied. Some also count scans, matches and reports made to police.',
    related: ['digital-services-act', 'lawful-access', 'warrant', 'surveillance'],
  },
  {
    id: 'intermediary-liability',
    term: 'Intermediary (internet law)',
    category: 'concept',
    forms: [
      'intermediary',
      'intermediaries',
      'online intermediary',
      'online intermediaries',
      'internet intermediary',
      'internet intermediaries',
      'intermediary liability',
    ],
    // Finance, diplomacy and hostage talks have intermediaries too.
    ambiguous: true,
    short:
      "In internet law, a service that carries or hosts other people's content, such as a messaging app or platform. Laws shield intermediaries from liability for users' content, sometimes on conditions such as traceability.",
    related: ['traceability', 'section-230', 'digital-services-act', 'whatsapp', 'end-to-end-encryption'],
  },
  {
    id: 'signals-intelligence',
    term: 'Signals intelligence (SIGINT)',
    category: 'concept',
    forms: ['signals intelligence', 'SIGINT'],
    short:
      'Intelligence gathered by intercepting communications and other electronic signals, and the agencies that collect it, such as the US NSA and the UK\'s GCHQ.',
    related: ['nsa', 'gchq', 'five-eyes', 'bulk-interception', 'mass-surveillance'],
  },
  {
    id: 'sextortion',
    term: 'Sextortion',
    category: 'concept',
    forms: ['sextortion', 'sexual extortion'],
    short:
      'Blackmail in which an offender threatens to share intimate images of a victim unless paid or sent more images. Cases involving teenagers on messaging apps are often cited in the encryption debate.',
    related: ['csam', 'child-grooming', 'client-side-scanning', 'end-to-end-encryption'],
  },
  {
    id: 'child-grooming',
    term: 'Grooming',
    category: 'concept',
    forms: ['grooming', 'child grooming', 'online grooming'],
    // Also hair, pets and horses: only on pages about encryption or surveillance.
    ambiguous: true,
    short:
      'Building a relationship with a child, often online, in order to abuse or exploit them. Detecting grooming in private messages is one of the aims of scanning proposals.',
    related: ['csam', 'classifier', 'client-side-scanning', 'eu-csa-regulation', 'sextortion'],
  },
  {
    id: 'money-mule',
    term: 'Money mule',
    category: 'concept',
    forms: ['money mule', 'money mules', 'mule account', 'mule accounts', 'money muling'],
    short:
      'A person who moves stolen or illicit money through their own bank or payment account for criminals, knowingly or after being tricked, making the trail harder to follow. The accounts used are called mule accounts.',
    related: ['cybercrime', 'mobile-money', 'phishing'],
  },
  {
    id: 'subscriber-information',
    term: 'Subscriber information',
    category: 'concept',
    forms: [
      'subscriber information',
      'basic subscriber information',
      'subscriber data',
      'subscriber details',
      'subscriber records',
    ],
    short:
      'Basic details about the holder of an account or phone line, such as name, contact details, payment method and the dates and addresses of sign-up. It is easier for police to obtain than content.',
    related: ['communications-data', 'metadata', 'ip-address', 'subpoena', 'production-order'],
  },
  {
    id: 'data-sovereignty',
    term: 'Data sovereignty',
    category: 'concept',
    forms: ['data sovereignty', 'data localisation', 'data localization', 'data residency'],
    short:
      'The idea that data is subject to the laws of the country where it is stored or whose people it concerns; often used to argue that data, and the keys to it, should be kept within a country.',
    related: ['cloud-act', 'hold-your-own-key', 'bring-your-own-key', 'gdpr'],
  },
  {
    id: 'right-to-privacy',
    term: 'Right to privacy',
    category: 'concept',
    forms: ['right to privacy', 'right to respect for private life'],
    short:
      'The right of individuals to keep their personal lives, communications and data free from arbitrary interference. Human rights treaties and many constitutions protect it, and both sides of the encryption debate appeal to its limits.',
    related: [
      'secrecy-of-correspondence',
      'european-convention-on-human-rights',
      'proportionality',
      'mass-surveillance',
    ],
  },
  {
    id: 'money-laundering',
    term: 'Money laundering',
    category: 'concept',
    forms: ['money laundering', 'anti-money laundering', 'laundered money'],
    // Mostly in financial and crime news that has nothing to do with encryption.
    ambiguous: true,
    short:
      'Disguising the criminal origin of money so that it appears legitimate, typically by moving it through layers of accounts, companies or assets. Banks and payment firms must watch for it and report suspicions.',
    related: ['money-mule', 'mobile-money', 'cryptocurrency', 'cybercrime'],
  },
  {
    id: 'extortion',
    term: 'Extortion',
    category: 'concept',
    forms: ['extortion', 'extortions', 'extortionist', 'extortionists', 'extortion racket', 'extortion rackets'],
    // A crime in the news far more often than encryption is.
    ambiguous: true,
    short:
      'Obtaining money or other benefits by threats, for example of violence or of exposing information. In several countries gangs run extortion by phone calls and messaging apps, often from prison.',
    related: ['sextortion', 'cybercrime', 'ransomware'],
  },
  {
    id: 'honeypot',
    term: 'Honeypot',
    category: 'concept',
    forms: ['honeypot', 'honeypots', 'honey pot', 'honey pots'],
    // Also an everyday word for anything that attracts people.
    ambiguous: true,
    short:
      'A store of valuable data, such as readable message copies or keys, that would attract criminals and hostile states; critics use the word for mandated copies. In security, also a decoy system that lures attackers.',
    related: ['single-point-of-failure', 'key-escrow', 'intelligible-form'],
  },
  {
    id: 'outlaw-motorcycle-gang',
    term: 'Outlaw motorcycle gang',
    category: 'concept',
    forms: ['outlaw motorcycle gang', 'outlaw motorcycle gangs', 'outlaw motorcycle club', 'outlaw motorcycle clubs', 'bikie gang', 'bikie gangs'],
    // Mostly in crime news that has nothing to do with encryption.
    ambiguous: true,
    short:
      'A motorcycle club whose members police link to organised crime such as drug trafficking and extortion; in Australia, bikie gangs. Such gangs were among the users of encrypted phone networks police infiltrated.',
    related: ['extortion', 'money-laundering', 'lawful-hacking'],
  },
];
