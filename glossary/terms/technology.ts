import type { TermEntry } from '../schema';

/**
 * Technology terms of the encryption debate. Bare everyday words (key, certificate, door,
 * ghost, escrow, exploit) never appear alone: they are claimed only inside multi-word forms.
 * Entries whose forms keep an everyday or unrelated meaning ("back door", "zero days", "TLS"
 * the literary supplement, "Pegasus" the myth) are `ambiguous`, so the topic gate decides.
 */
export const TECHNOLOGY_TERMS: TermEntry[] = [
  {
    id: 'encryption',
    term: 'Encryption',
    category: 'technology',
    forms: [
      'encryption',
      'strong encryption',
      'encrypt',
      'encrypts',
      'encrypted',
      'encrypting',
      'unencrypted',
      'decryption',
      'decrypt',
      'decrypts',
      'decrypted',
      'decrypting',
      'decryptable',
    ],
    short:
      'Scrambling information with a mathematical method and a secret key so that only someone holding the right key can turn it back into readable form (decryption).',
    related: ['cryptography', 'encryption-key', 'end-to-end-encryption', 'plaintext', 'ciphertext', 'crypto-wars'],
  },
  {
    id: 'end-to-end-encryption',
    term: 'End-to-end encryption',
    category: 'technology',
    forms: [
      'end-to-end encryption',
      'end-to-end encrypted',
      'end-to-end encrypt',
      'E2EE',
      'E2E encryption',
      'E2E encrypted',
    ],
    short:
      "Encryption in which only the communicating users' devices hold the keys, so the service carrying the messages cannot read them, nor hand readable copies to anyone else.",
    related: [
      'encryption',
      'encrypted-messaging',
      'signal-protocol',
      'client-side-scanning',
      'lawful-access',
      'metadata',
      'whatsapp',
      'signal',
    ],
  },
  {
    id: 'cryptography',
    term: 'Cryptography',
    category: 'technology',
    forms: [
      'cryptography',
      'cryptographic',
      'cryptographically',
      'cryptographer',
      'cryptographers',
      'cryptology',
      'cryptologist',
      'cryptologists',
    ],
    short:
      'The science of protecting information with mathematics: encryption for secrecy, plus techniques that prove who sent something and that it has not been altered.',
    related: ['encryption', 'public-key-cryptography', 'symmetric-key-cryptography', 'hash-function', 'crypto-wars'],
  },
  {
    id: 'public-key-cryptography',
    term: 'Public-key cryptography',
    category: 'technology',
    forms: [
      'public-key cryptography',
      'public-key encryption',
      'asymmetric cryptography',
      'asymmetric encryption',
      'public key',
      'public keys',
      'private key',
      'private keys',
      'key pair',
      'key pairs',
    ],
    // "A private key to the garden square": the bare key names have an everyday reading.
    ambiguous: true,
    short:
      'Cryptography with a pair of linked keys: a public key that anyone may use to encrypt or to check a signature, and a private key, kept secret, that decrypts or signs.',
    related: ['cryptography', 'rsa', 'digital-signature', 'digital-certificate', 'symmetric-key-cryptography'],
  },
  {
    id: 'encryption-key',
    term: 'Encryption key',
    category: 'technology',
    forms: [
      'encryption key',
      'encryption keys',
      'decryption key',
      'decryption keys',
      'cryptographic key',
      'cryptographic keys',
      // Who holds the keys is the debate's question; articles say it with the bare plural
      // ("the company does not hold the keys"). A bare "key"/"keys" is never a form.
      'hold the keys',
      'holds the keys',
      'held the keys',
      'holding the keys',
      'hold keys',
      'holds keys',
      'held keys',
      'holding keys',
      'hold no keys',
      'holds no keys',
      'have the keys',
      'has the keys',
      'keep keys',
      'keeps keys',
      'keeping keys',
      'keep the keys',
      'store keys',
      'stores keys',
      'storing keys',
      'stored keys',
      'store the keys',
      'copy of the keys',
      'copies of the keys',
      'copy of keys',
      'copies of keys',
      'keys held',
      "customers' keys",
      "users' keys",
      'keys to read',
      'keys to decrypt',
    ],
    // "Hold the keys" is an idiom in sport and politics, and so is keeping a copy of a flat's keys:
    // on pages about encryption only.
    ambiguous: true,
    short:
      'The secret value, usually a long random number, that an encryption algorithm uses to lock and unlock data. Whoever holds the key can read the data.',
    related: ['encryption', 'key-escrow', 'key-disclosure', 'brute-force-attack', 'golden-key'],
  },
  {
    id: 'key-escrow',
    term: 'Key escrow',
    category: 'technology',
    forms: [
      'key escrow',
      'escrowed key',
      'escrowed keys',
      'escrowed encryption',
      'key deposit',
      'key deposits',
      'key retention',
      'escrow arrangement',
      'escrow arrangements',
      'escrow scheme',
      'escrow schemes',
      'escrow system',
      'escrow systems',
      'held in escrow',
    ],
    // Escrow is a property and finance word; keep even the compounds to encryption pages.
    ambiguous: true,
    short:
      'An arrangement in which copies of encryption keys are deposited with a trusted third party, such as a government agency, so that data can be decrypted later with legal authorisation.',
    related: ['clipper-chip', 'exceptional-access', 'golden-key', 'encryption-key', 'crypto-wars'],
  },
  {
    id: 'backdoor',
    term: 'Backdoor',
    category: 'technology',
    forms: [
      'backdoor',
      'backdoors',
      'backdoored',
      'back door',
      'back doors',
      'encryption backdoor',
      'encryption backdoors',
      'crypto backdoor',
      'crypto backdoors',
      'hidden door',
      'hidden doors',
    ],
    // A backdoor cut in basketball, the back door of a house.
    ambiguous: true,
    short:
      "A hidden or deliberately built way around a system's security, for example to read encrypted data without the user's key. Critics apply the word to many access proposals; their authors reject it.",
    related: ['front-door', 'exceptional-access', 'lawful-access', 'golden-key', 'dual-ec-drbg', 'vulnerability'],
  },
  {
    id: 'front-door',
    term: 'Front door',
    category: 'technology',
    forms: ['front door', 'front doors', 'front-door access'],
    ambiguous: true,
    short:
      "Officials' term for access to encrypted data that a provider builds openly and grants only under legal authority, as opposed to a secret 'backdoor'. Critics see no technical difference.",
    related: ['backdoor', 'exceptional-access', 'lawful-access', 'fbi'],
  },
  {
    id: 'golden-key',
    term: 'Golden key',
    category: 'technology',
    forms: ['golden key', 'golden keys', 'God key', 'God keys', 'master key', 'master keys', 'skeleton key', 'skeleton keys', 'spare key', 'spare keys', 'second key', 'second keys'],
    // Locksmiths' master and skeleton keys; "golden key" is also an award, an honour society and a fairy tale.
    ambiguous: true,
    short:
      "A single key or mechanism that would let authorities unlock any user's encrypted data. 'God key', 'master key' and 'skeleton key' are used in the same sense, mostly by critics of such access.",
    related: ['backdoor', 'key-escrow', 'exceptional-access', 'encryption-key', 'digital-certificate'],
  },
  {
    id: 'exceptional-access',
    term: 'Exceptional access',
    category: 'technology',
    forms: ['exceptional access', 'exceptional-access mechanism', 'exceptional-access mechanisms'],
    // Estate agents' "exceptional access to transit".
    ambiguous: true,
    short:
      'The technical term for any mechanism that lets a party other than the intended users, typically law enforcement with legal authority, recover the plaintext of encrypted data.',
    related: ['lawful-access', 'backdoor', 'key-escrow', 'ghost-proposal', 'going-dark'],
  },
  {
    id: 'lawful-access',
    term: 'Lawful access',
    category: 'technology',
    forms: ['lawful access'],
    // Conveyancing: a house with "lawful access to the road".
    ambiguous: true,
    short:
      'Access by police or intelligence agencies to communications or stored data under legal authority such as a warrant. In encryption debates: access to readable content despite encryption.',
    related: ['exceptional-access', 'backdoor', 'warrant', 'going-dark', 'five-eyes', 'technical-capability-notice'],
  },
  {
    id: 'client-side-scanning',
    term: 'Client-side scanning',
    category: 'technology',
    forms: [
      'client-side scanning',
      'client-side scan',
      'client-side scans',
      'on-device scanning',
      'scanning on the device',
      'scanning before encryption',
      'on-device scanner',
      'on-device scanners',
    ],
    short:
      "Checking messages, images or files on the user's own device, before they are encrypted and sent, against lists of known banned content or with a classifier, and reporting matches.",
    related: ['perceptual-hashing', 'photodna', 'end-to-end-encryption', 'eu-csa-regulation', 'detection-order', 'csam', 'apple'],
  },
  {
    id: 'ghost-proposal',
    term: 'Ghost proposal',
    category: 'technology',
    forms: ['ghost proposal', 'ghost proposals', 'ghost protocol', 'ghost user', 'ghost users', 'ghost participant', 'ghost participants', 'hidden participant', 'hidden participants'],
    // "Ghost users" are also inactive accounts on any social network, and "Ghost Protocol" a film.
    ambiguous: true,
    short:
      'A 2018 idea from two GCHQ officials: providers would silently add an extra, invisible participant, such as an investigator, to an encrypted chat or call instead of breaking the encryption.',
    related: ['gchq', 'exceptional-access', 'end-to-end-encryption', 'investigatory-powers-act'],
  },
  {
    id: 'metadata',
    term: 'Metadata',
    category: 'technology',
    forms: ['metadata', 'meta-data', 'connection logs', 'connection log', 'traffic data'],
    // Photo, library and music metadata share the word; the surveillance sense needs the topic.
    ambiguous: true,
    short:
      'Data about a communication rather than its content: who contacted whom, when, for how long, from where and on what device. End-to-end encryption protects content but usually not all metadata.',
    related: ['communications-data', 'end-to-end-encryption', 'mass-surveillance', 'nsa'],
  },
  {
    id: 'forward-secrecy',
    term: 'Forward secrecy',
    category: 'technology',
    forms: ['forward secrecy', 'perfect forward secrecy'],
    short:
      'A property of encryption protocols that use fresh temporary keys for each session, so that stealing a long-term key later does not unlock past conversations that were recorded.',
    related: ['tls', 'signal-protocol', 'encryption-key', 'key-escrow'],
  },
  {
    id: 'tls',
    term: 'TLS',
    category: 'technology',
    forms: ['Transport Layer Security', 'Secure Sockets Layer', 'SSL/TLS'],
    caseSensitiveForms: ['TLS', 'SSL'],
    // "TLS" is also the Times Literary Supplement.
    ambiguous: true,
    short:
      'Transport Layer Security, the protocol that encrypts connections between browsers or apps and servers (the padlock in HTTPS). It replaced the older SSL, a name still often used for it.',
    related: ['https', 'digital-certificate', 'certificate-authority', 'forward-secrecy', 'end-to-end-encryption'],
  },
  {
    id: 'digital-certificate',
    term: 'Digital certificate',
    category: 'technology',
    forms: [
      'digital certificate',
      'digital certificates',
      'public key certificate',
      'public key certificates',
      'TLS certificate',
      'TLS certificates',
      'SSL certificate',
      'SSL certificates',
      'X.509 certificate',
      'X.509 certificates',
      'keys and certificates',
      'machine identity',
      'machine identities',
      'public key infrastructure',
      'PKI',
    ],
    // Vaccination "digital certificates" and a landlord's "keys and certificates" mean other things.
    ambiguous: true,
    short:
      'An electronic document, signed by a certificate authority, that binds a public key to a name such as a website or company, so others can trust that the key really belongs to it.',
    related: ['certificate-authority', 'public-key-cryptography', 'tls', 'digital-signature', 'stuxnet'],
  },
  {
    id: 'certificate-authority',
    term: 'Certificate authority',
    category: 'technology',
    forms: ['certificate authority', 'certificate authorities'],
    short:
      'An organisation trusted to issue digital certificates vouching that a public key belongs to a given website or entity. Browsers and operating systems ship lists of the authorities they trust.',
    related: ['digital-certificate', 'tls', 'https', 'public-key-cryptography'],
  },
  {
    id: 'vulnerability',
    term: 'Vulnerability',
    category: 'technology',
    forms: [
      'vulnerability',
      'vulnerabilities',
      'security vulnerability',
      'security vulnerabilities',
      'software vulnerability',
      'software vulnerabilities',
      'security flaw',
      'security flaws',
      'security hole',
      'security holes',
    ],
    ambiguous: true,
    short:
      "A weakness in software, hardware or a protocol that an attacker could use to compromise a system's security, for example to read data, take control of it or crash it.",
    related: ['zero-day', 'exploit', 'responsible-disclosure', 'backdoor', 'malware'],
  },
  {
    id: 'zero-day',
    term: 'Zero-day',
    category: 'technology',
    forms: [
      'zero-day',
      'zero-days',
      'zero-day vulnerability',
      'zero-day vulnerabilities',
      'zero-day exploit',
      'zero-day exploits',
      'zero-day flaw',
      'zero-day flaws',
      'zero-day attack',
      'zero-day attacks',
      '0-day',
      '0-days',
    ],
    // Separators fold, so the forms also match "zero days" in sports and safety statistics.
    ambiguous: true,
    short:
      "A vulnerability unknown to the maker of the affected software, so no fix exists yet ('zero days' to prepare). Exploits for zero-days are prized by criminals and intelligence agencies alike.",
    related: ['vulnerability', 'exploit', 'lawful-hacking', 'vulnerabilities-equities-process', 'responsible-disclosure', 'stuxnet'],
  },
  {
    id: 'exploit',
    term: 'Exploit',
    category: 'technology',
    // Bare "exploit(s)" is left out on purpose: as a verb ("criminals exploit encrypted apps",
    // "sexually exploited children") it dominates the very pages this glossary serves. After
    // "an", only the noun can follow.
    forms: [
      'an exploit',
      'exploit code',
      'exploit kit',
      'exploit kits',
      'exploit chain',
      'exploit chains',
      'software exploit',
      'software exploits',
      'zero-click exploit',
      'zero-click exploits',
      'zero-click attack',
      'zero-click attacks',
      'exploit broker',
      'exploit brokers',
    ],
    short:
      "Code or a technique that takes advantage of a vulnerability to make software do something unintended, such as run an attacker's commands. 'Zero-click' exploits need no action by the victim.",
    related: ['vulnerability', 'zero-day', 'pegasus', 'spyware', 'lawful-hacking'],
  },
  {
    id: 'perceptual-hashing',
    term: 'Perceptual hashing',
    category: 'technology',
    forms: [
      'perceptual hashing',
      'perceptual hash',
      'perceptual hashes',
      'perceptual hash function',
      'perceptual hash functions',
      'hash matching',
      'NeuralHash',
    ],
    short:
      'Computing a compact fingerprint of an image or video that stays similar when the file is resized or slightly altered, used to find copies of known illegal material.',
    related: ['photodna', 'client-side-scanning', 'hash-function', 'false-positive', 'csam'],
  },
  {
    id: 'device-encryption',
    term: 'Device encryption',
    category: 'technology',
    forms: [
      'device encryption',
      'full-disk encryption',
      'full-device encryption',
      'disk encryption',
      'encrypted device',
      'encrypted devices',
    ],
    short:
      "Encryption of the data stored on a phone, laptop or other device, so that it cannot be read without the user's passcode or key, even by someone who has the device in hand.",
    related: ['encryption', 'all-writs-act', 'apple', 'brute-force-attack', 'key-disclosure'],
  },
  {
    id: 'clipper-chip',
    term: 'Clipper chip',
    category: 'technology',
    forms: ['Clipper chip', 'Clipper chips', 'Escrowed Encryption Standard'],
    short:
      'An encryption chip for phones promoted by the US government from 1993, with built-in key escrow that let agencies decrypt calls using keys held by two federal agencies. It was abandoned by 1996.',
    related: ['key-escrow', 'crypto-wars', 'nsa', 'backdoor', 'exceptional-access'],
  },
  {
    id: 'dual-ec-drbg',
    term: 'Dual_EC_DRBG',
    category: 'technology',
    // Underscores fold like spaces, so this also matches "Dual EC DRBG".
    forms: ['Dual_EC_DRBG', 'Dual EC'],
    short:
      'A random number generator standardised by NIST in 2006 that is widely believed to contain an NSA backdoor; NIST dropped it in 2014. The best-known case of a weakened cryptographic standard.',
    related: ['backdoor', 'nsa', 'nist', 'cryptography', 'crypto-wars'],
  },
  {
    id: 'stuxnet',
    term: 'Stuxnet',
    category: 'technology',
    forms: ['Stuxnet'],
    short:
      "A computer worm discovered in 2010 that sabotaged centrifuges at Iran's Natanz uranium enrichment plant. Widely attributed to the US and Israel, it was signed with stolen digital certificates.",
    related: ['zero-day', 'malware', 'digital-certificate', 'nsa'],
  },
  {
    id: 'black-hat',
    term: 'Black hat',
    category: 'technology',
    forms: ['black hat', 'black hats', 'black-hat hacker', 'black-hat hackers'],
    // Hats, western villains, "black hat" SEO.
    ambiguous: true,
    short:
      "A hacker who breaks into systems or exploits flaws for malicious or criminal purposes, or without permission, as opposed to a 'white hat' who tests security with permission.",
    related: ['white-hat', 'vulnerability', 'exploit', 'cybercrime'],
  },
  {
    id: 'white-hat',
    term: 'White hat',
    category: 'technology',
    forms: ['white hat', 'white hats', 'white-hat hacker', 'white-hat hackers', 'ethical hacker', 'ethical hackers', 'ethical hacking'],
    ambiguous: true,
    short:
      "A security researcher or 'ethical hacker' who looks for vulnerabilities with permission or in good faith, so that they can be fixed rather than exploited.",
    related: ['black-hat', 'responsible-disclosure', 'vulnerability'],
  },
  {
    id: 'symmetric-key-cryptography',
    term: 'Symmetric-key cryptography',
    category: 'technology',
    forms: [
      'symmetric-key cryptography',
      'symmetric cryptography',
      'symmetric encryption',
      'symmetric-key encryption',
      'symmetric key',
      'symmetric keys',
    ],
    short:
      'Encryption in which the same secret key both encrypts and decrypts, so sender and recipient must share it. It is fast and does the bulk of the work in encrypted systems, as with AES.',
    related: ['advanced-encryption-standard', 'public-key-cryptography', 'encryption-key', 'cipher'],
  },
  {
    id: 'advanced-encryption-standard',
    term: 'AES',
    category: 'technology',
    forms: ['Advanced Encryption Standard', 'AES-128', 'AES-256'],
    caseSensitiveForms: ['AES'],
    short:
      'The most widely used symmetric encryption algorithm, chosen by the US standards body NIST in 2000 after an open international competition and published as a standard in 2001.',
    related: ['symmetric-key-cryptography', 'cipher', 'encryption', 'clipper-chip'],
  },
  {
    id: 'rsa',
    term: 'RSA',
    category: 'technology',
    // Bare "RSA" is also a company, a conference and several societies.
    forms: ['RSA encryption', 'RSA algorithm', 'RSA cryptosystem'],
    short:
      'One of the first and most widely used public-key algorithms, published in 1977 by Ron Rivest, Adi Shamir and Leonard Adleman. Its security rests on how hard it is to factor very large numbers.',
    related: ['public-key-cryptography', 'post-quantum-cryptography', 'digital-signature'],
  },
  {
    id: 'cipher',
    term: 'Cipher',
    category: 'technology',
    forms: ['cipher', 'ciphers', 'cypher', 'cyphers', 'encryption algorithm', 'encryption algorithms'],
    // "He remained a cipher": a person of no importance or a mystery.
    ambiguous: true,
    short:
      'An algorithm for encrypting and decrypting data. Modern ciphers such as AES are public: their security depends on keeping the key secret, not the method.',
    related: ['encryption', 'advanced-encryption-standard', 'plaintext', 'ciphertext', 'encryption-key'],
  },
  {
    id: 'hash-function',
    term: 'Hash function',
    category: 'technology',
    forms: [
      'hash function',
      'hash functions',
      'cryptographic hash',
      'cryptographic hashes',
      'cryptographic hash function',
      'cryptographic hash functions',
      'hash value',
      'hash values',
      'hash collision',
      'hash collisions',
      'collision attack',
      'collision attacks',
      'SHA-1',
      'SHA-256',
    ],
    short:
      'A function that turns any data into a short, fixed-length fingerprint. With a cryptographic hash it is practically impossible to reverse the fingerprint or find two inputs that share one.',
    related: ['perceptual-hashing', 'digital-signature', 'cryptography'],
  },
  {
    id: 'digital-signature',
    term: 'Digital signature',
    category: 'technology',
    forms: ['digital signature', 'digital signatures', 'cryptographic signature', 'cryptographic signatures', 'code signing', 'signing key', 'signing keys'],
    // E-signing a sales contract is called a "digital signature" too.
    ambiguous: true,
    short:
      'A cryptographic proof, made with a private key, that a message, document or software update comes from the holder of that key and has not been changed since it was signed.',
    related: ['public-key-cryptography', 'digital-certificate', 'hash-function', 'stuxnet'],
  },
  {
    id: 'signal-protocol',
    term: 'Signal Protocol',
    category: 'technology',
    forms: ['Double Ratchet', 'Double Ratchet algorithm', 'Double Ratchet protocol'],
    caseSensitiveForms: ['Signal Protocol', 'Signal protocol'],
    short:
      'The end-to-end encryption protocol developed for the Signal app and also used by WhatsApp and other messengers. It renews keys with every message, limiting the damage if a key is stolen.',
    related: ['signal', 'whatsapp', 'end-to-end-encryption', 'forward-secrecy', 'encrypted-messaging'],
  },
  {
    id: 'pgp',
    term: 'PGP',
    category: 'technology',
    forms: ['Pretty Good Privacy', 'PGP', 'OpenPGP', 'GnuPG', 'GNU Privacy Guard'],
    short:
      'Pretty Good Privacy, software released by Phil Zimmermann in 1991 to encrypt and sign email and files. Its format became the OpenPGP standard, implemented by tools such as GnuPG.',
    related: ['public-key-cryptography', 'crypto-wars', 'digital-signature', 'encryption'],
  },
  {
    id: 'tor',
    term: 'Tor',
    category: 'technology',
    forms: ['Tor Browser', 'Tor network', 'Tor Project', 'onion routing', 'onion router'],
    caseSensitiveForms: ['Tor'],
    // "Tor" is a hill (Glastonbury Tor), a first name and a publisher.
    ambiguous: true,
    short:
      "Free software and a volunteer-run network that hide who is talking to whom online by relaying traffic through three encrypted hops. Best known through the Tor Browser and '.onion' sites.",
    related: ['vpn', 'metadata', 'encryption', 'nsa'],
  },
  {
    id: 'vpn',
    term: 'VPN',
    category: 'technology',
    forms: ['VPN', 'VPNs', 'virtual private network', 'virtual private networks'],
    short:
      'A virtual private network: an encrypted tunnel between a device and a VPN server, used to secure connections on untrusted networks, to reach a private network, or to hide traffic from local observers.',
    related: ['tor', 'tls', 'encryption'],
  },
  {
    id: 'https',
    term: 'HTTPS',
    category: 'technology',
    forms: ['HTTP Secure'],
    // Upper case only: lower-case "https" is the start of every printed web address.
    caseSensitiveForms: ['HTTPS'],
    short:
      'The secure version of HTTP, the protocol of the web: pages travel over an encrypted TLS connection, so others on the network cannot read or alter them. Browsers show it with a padlock.',
    related: ['tls', 'certificate-authority', 'digital-certificate'],
  },
  {
    id: 'spyware',
    term: 'Spyware',
    category: 'technology',
    forms: ['spyware', 'commercial spyware', 'mercenary spyware', 'stalkerware'],
    short:
      'Software that secretly monitors a device and sends its data, such as messages, location, microphone or camera, to someone else. It ranges from stalkerware to commercial tools sold to governments.',
    related: ['pegasus', 'malware', 'exploit', 'targeted-surveillance', 'end-to-end-encryption'],
  },
  {
    id: 'pegasus',
    term: 'Pegasus',
    category: 'technology',
    forms: ['Pegasus spyware'],
    caseSensitiveForms: ['Pegasus'],
    // The winged horse of myth, and many products named after it.
    ambiguous: true,
    short:
      "Spyware made by the Israeli company NSO Group and sold to governments. Once installed, often through a zero-click exploit, it can read a phone's messages, record calls and turn on its microphone.",
    related: ['spyware', 'exploit', 'zero-day', 'targeted-surveillance'],
  },
  {
    id: 'malware',
    term: 'Malware',
    category: 'technology',
    forms: ['malware', 'malicious software'],
    short:
      'Any software designed to harm, spy on or take control of computers and phones, including viruses, worms, trojans, spyware and ransomware.',
    related: ['spyware', 'ransomware', 'vulnerability', 'exploit', 'cybercrime'],
  },
  {
    id: 'ransomware',
    term: 'Ransomware',
    category: 'technology',
    forms: ['ransomware'],
    short:
      "Malware that encrypts a victim's files or systems and demands payment, usually in cryptocurrency, for the key to unlock them. Many gangs also threaten to publish stolen data.",
    related: ['malware', 'cybercrime', 'zero-day', 'encryption'],
  },
  {
    id: 'post-quantum-cryptography',
    term: 'Post-quantum cryptography',
    category: 'technology',
    forms: [
      'post-quantum cryptography',
      'post-quantum encryption',
      'quantum-resistant cryptography',
      'quantum-resistant encryption',
      'quantum-safe cryptography',
      'quantum-safe encryption',
    ],
    caseSensitiveForms: ['PQC'],
    short:
      "Public-key algorithms designed to resist attack by future quantum computers, which could break today's widely used RSA and elliptic-curve cryptography.",
    related: ['public-key-cryptography', 'rsa', 'cryptography'],
  },
  {
    id: 'homomorphic-encryption',
    term: 'Homomorphic encryption',
    category: 'technology',
    forms: ['homomorphic encryption', 'fully homomorphic encryption', 'homomorphically encrypted'],
    short:
      'Encryption that allows computations on encrypted data without decrypting it, so a service can process information it cannot read.',
    related: ['encryption', 'client-side-scanning', 'cryptography'],
  },
  {
    id: 'key-disclosure',
    term: 'Key disclosure',
    category: 'technology',
    forms: [
      'key disclosure',
      'key disclosure law',
      'key disclosure laws',
      'compelled decryption',
      'decryption order',
      'decryption orders',
    ],
    short:
      'A legal requirement to hand over encryption keys, passwords or a decrypted copy of data to the authorities, with penalties for refusing. Several countries, including the UK, have such laws.',
    related: ['regulation-of-investigatory-powers-act', 'encryption-key', 'device-encryption', 'lawful-access'],
  },
  {
    id: 'lawful-hacking',
    term: 'Lawful hacking',
    category: 'technology',
    forms: [
      'lawful hacking',
      'equipment interference',
      'network investigative technique',
      'network investigative techniques',
      'state trojan',
      'state trojans',
      'government trojan',
      'government trojans',
    ],
    short:
      "Police or intelligence agencies getting into a target's device or account by exploiting vulnerabilities or installing software, under legal authority, to read data before encryption or after decryption.",
    related: ['exploit', 'zero-day', 'vulnerabilities-equities-process', 'investigatory-powers-act', 'targeted-surveillance', 'lawful-access'],
  },
  {
    id: 'plaintext',
    term: 'Plaintext',
    category: 'technology',
    forms: ['plaintext', 'plaintexts', 'cleartext', 'plain text', 'clear text'],
    short:
      'Readable data before it is encrypted or after it is decrypted. Access proposals are ultimately about obtaining the plaintext of messages or files.',
    related: ['ciphertext', 'encryption', 'cipher'],
  },
  {
    id: 'ciphertext',
    term: 'Ciphertext',
    category: 'technology',
    forms: ['ciphertext', 'ciphertexts', 'cyphertext', 'cipher text'],
    short:
      'Encrypted data: the unreadable output of a cipher, which can be turned back into the original plaintext only with the right key.',
    related: ['plaintext', 'encryption', 'cipher', 'encryption-key'],
  },
  {
    id: 'responsible-disclosure',
    term: 'Responsible disclosure',
    category: 'technology',
    forms: [
      'responsible disclosure',
      'coordinated disclosure',
      'coordinated vulnerability disclosure',
      'vulnerability disclosure',
    ],
    short:
      'Reporting a security vulnerability privately to the maker so that it can be fixed before details are published, usually within an agreed deadline such as 90 days.',
    related: ['vulnerability', 'zero-day', 'white-hat'],
  },
  {
    id: 'encrypted-messaging',
    term: 'Encrypted messaging',
    category: 'technology',
    forms: [
      'encrypted messaging',
      'encrypted messaging app',
      'encrypted messaging apps',
      'encrypted messaging service',
      'encrypted messaging services',
      'encrypted messenger',
      'encrypted messengers',
      'secure messaging',
    ],
    short:
      'Messaging apps and services that encrypt conversations, ideally end to end so that only the participants can read them, as Signal, WhatsApp and iMessage do.',
    related: ['end-to-end-encryption', 'signal-protocol', 'signal', 'whatsapp', 'client-side-scanning'],
  },
  {
    id: 'messaging-layer-security',
    term: 'Messaging Layer Security',
    category: 'technology',
    forms: ['Messaging Layer Security'],
    short:
      'An open standard for end-to-end encrypted group messaging, published by the Internet Engineering Task Force in 2023 as RFC 9420, built to scale to large groups and to let different apps interoperate.',
    related: ['end-to-end-encryption', 'signal-protocol', 'forward-secrecy', 'digital-markets-act'],
  },
  {
    id: 'advanced-data-protection',
    term: 'Advanced Data Protection',
    category: 'technology',
    forms: [],
    // Lower-case "advanced data protection" is generic marketing language.
    caseSensitiveForms: ['Advanced Data Protection'],
    short:
      'An optional Apple setting, introduced in 2022, that extends end-to-end encryption to most iCloud data, including device backups and photos, so that Apple cannot read it or hand it over.',
    related: ['apple', 'end-to-end-encryption', 'technical-capability-notice', 'investigatory-powers-act'],
  },
  {
    id: 'brute-force-attack',
    term: 'Brute-force attack',
    category: 'technology',
    forms: ['brute-force attack', 'brute-force attacks', 'brute-force search', 'brute-forcing', 'brute-forced', 'exhaustive key search'],
    short:
      'Trying every possible key or password until the right one is found. Strong encryption is designed so that this would take unimaginably long with any existing computer.',
    related: ['encryption-key', 'device-encryption', 'advanced-encryption-standard'],
  },
  {
    id: 'photodna',
    term: 'PhotoDNA',
    category: 'technology',
    forms: ['PhotoDNA'],
    short:
      'A Microsoft technology, developed with Dartmouth College in 2009, that computes perceptual hashes of images to find copies of known child sexual abuse material. Many online platforms use it.',
    related: ['perceptual-hashing', 'client-side-scanning', 'csam', 'ncmec'],
  },
  {
    id: 'safety-number',
    term: 'Safety number',
    category: 'technology',
    forms: ['safety number', 'safety numbers', 'key verification', 'key fingerprint', 'key fingerprints'],
    // Road-safety and workplace statistics talk of "safety numbers" too.
    ambiguous: true,
    short:
      'A code that two users of an encrypted messenger can compare to confirm that nobody has swapped in a different key to intercept their conversation. WhatsApp calls it a security code.',
    related: ['end-to-end-encryption', 'ghost-proposal', 'signal', 'public-key-cryptography'],
  },
  {
    id: 'false-positive',
    term: 'False positive',
    category: 'technology',
    forms: ['false positive', 'false positives', 'false match', 'false matches', 'false-positive rate', 'false-positive rates', 'false alarm', 'false alarms'],
    // Medical tests and spam filters have false positives too.
    ambiguous: true,
    short:
      'A wrong alarm: a detection system flags something innocent, such as a private family photo taken for known abuse material. Small error rates add up when billions of messages are checked.',
    related: ['client-side-scanning', 'perceptual-hashing', 'detection-order', 'eu-csa-regulation'],
  },
  {
    id: 'encrypted-email',
    term: 'Encrypted email',
    category: 'technology',
    forms: [
      'encrypted email',
      'encrypted emails',
      'encrypted e-mail',
      'encrypted mail',
      'email encryption',
      'e-mail encryption',
      'encrypted email service',
      'encrypted email services',
      'encrypted email provider',
      'encrypted email providers',
    ],
    short:
      'Email protected so that others cannot read it. Most mail is encrypted only in transit between servers; end-to-end encrypted email, such as PGP, stays unreadable even to the providers that carry and store it.',
    related: ['pgp', 'end-to-end-encryption', 'tls', 'metadata', 'encryption'],
  },
  {
    id: 'encrypted-backup',
    term: 'Encrypted backup',
    category: 'technology',
    forms: [
      'encrypted backup',
      'encrypted backups',
      'backup encryption',
      'encrypted cloud backup',
      'encrypted cloud backups',
      // Longest-first matching would otherwise give "end-to-end encrypted" the phrase and leave "backups" bare.
      'end-to-end encrypted backup',
      'end-to-end encrypted backups',
      'cloud backup',
      'cloud backups',
    ],
    short:
      "A copy of a device's data, such as chats or photos, stored encrypted in the cloud. What matters for access is who holds the key: the provider, which can then be made to disclose the data, or only the user.",
    related: ['advanced-data-protection', 'end-to-end-encryption', 'encryption-key', 'device-encryption', 'whatsapp', 'apple'],
  },
  {
    id: 'key-management',
    term: 'Key management',
    category: 'technology',
    forms: ['key management', 'key management system', 'key management systems', 'key storage'],
    // Hotels, fleets and car dealers run "key management systems" for physical keys.
    ambiguous: true,
    short:
      'How cryptographic keys are created, stored, shared, backed up, replaced and destroyed. Many real failures of encryption come from weak key management rather than from broken algorithms.',
    related: ['encryption-key', 'hardware-security-module', 'key-escrow', 'key-transparency', 'secret-sharing'],
  },
  {
    id: 'key-transparency',
    term: 'Key transparency',
    category: 'technology',
    // "A public key transparency log": without the longer form, "public key" takes the phrase.
    forms: ['key transparency', 'public key transparency'],
    short:
      'A public, append-only log of users\' public keys that apps and outside auditors can check, so that a provider cannot secretly swap in a key, for example to add a hidden listener to a conversation.',
    related: ['safety-number', 'ghost-proposal', 'end-to-end-encryption', 'certificate-authority', 'whatsapp'],
  },
  {
    id: 'hardware-security-module',
    term: 'Hardware security module',
    category: 'technology',
    forms: ['hardware security module', 'hardware security modules'],
    caseSensitiveForms: ['HSM', 'HSMs'],
    // The acronym also names unrelated bodies, courses and products.
    ambiguous: true,
    short:
      'A tamper-resistant device that generates and stores cryptographic keys and uses them without ever releasing them. Banks and certificate authorities rely on them, and key escrow designs propose them to guard access keys.',
    related: ['key-management', 'encryption-key', 'key-escrow', 'certificate-authority', 'secret-sharing'],
  },
  {
    id: 'secret-sharing',
    term: 'Secret sharing (key splitting)',
    category: 'technology',
    forms: [
      'secret sharing',
      'secret-sharing scheme',
      'secret-sharing schemes',
      "Shamir's secret sharing",
      'threshold scheme',
      'threshold schemes',
      'threshold cryptography',
      'key splitting',
    ],
    // "Secret sharing" is an everyday phrase, and "threshold scheme" a tax and benefits one.
    ambiguous: true,
    short:
      'Splitting a secret such as a key into shares so that only a set number of them together (say 3 of 5) can rebuild it, while fewer reveal nothing. Escrow proposals use it so that no single party holds a whole key.',
    related: ['key-escrow', 'key-management', 'hardware-security-module', 'exceptional-access', 'encryption-key'],
  },
  {
    id: 'hacking',
    term: 'Hacking',
    category: 'technology',
    forms: ['hacking', 'hacker', 'hackers', 'hacked', 'hacking tool', 'hacking tools'],
    // Also a cough, a riding pace and rough chopping; and "hacked off".
    ambiguous: true,
    short:
      "Getting into a computer, phone or account without the owner's consent, usually by exploiting a vulnerability or stolen credentials. Criminals and spies do it, and so, under legal authority, do police.",
    related: ['lawful-hacking', 'exploit', 'vulnerability', 'spyware', 'malware', 'black-hat', 'white-hat'],
  },
  {
    id: 'encryption-in-transit',
    term: 'Encryption in transit and at rest',
    category: 'technology',
    forms: [
      'in transit',
      'data in transit',
      'encryption in transit',
      'encrypted in transit',
      'in-transit encryption',
      'data at rest',
      'encryption at rest',
      'encrypted at rest',
    ],
    // Parcels and travellers are "in transit" too.
    ambiguous: true,
    short:
      'Encryption in transit protects data while it travels over a network, as TLS does between a browser and a server; encryption at rest protects it where it is stored. Neither alone keeps it from the service itself.',
    related: ['tls', 'end-to-end-encryption', 'device-encryption', 'encrypted-backup', 'encryption'],
  },
  {
    id: 'classifier',
    term: 'Classifier (machine learning)',
    category: 'technology',
    forms: [
      'classifier',
      'classifiers',
      'AI classifier',
      'AI classifiers',
      'machine-learning classifier',
      'machine-learning classifiers',
      'image classifier',
      'image classifiers',
    ],
    // Linguists, mining engineers and statisticians of every field have classifiers too.
    ambiguous: true,
    short:
      'A machine-learning model that sorts content into categories, such as "likely abuse" or not. Scanning proposals rely on classifiers to flag new images or grooming, with more errors than matching known material.',
    related: ['client-side-scanning', 'false-positive', 'perceptual-hashing', 'hash-list', 'csam', 'detection-order'],
  },
  {
    id: 'hash-list',
    term: 'Hash list',
    category: 'technology',
    forms: ['hash list', 'hash lists', 'hash database', 'hash databases'],
    short:
      'A database of the hashes (digital fingerprints) of images already confirmed as child sexual abuse material, kept by bodies such as NCMEC and the IWF, against which scanning systems compare files.',
    related: ['perceptual-hashing', 'hash-function', 'photodna', 'csam', 'client-side-scanning', 'function-creep'],
  },
  {
    id: 'cryptographic-protocol',
    term: 'Cryptographic protocol',
    category: 'technology',
    forms: ['cryptographic protocol', 'cryptographic protocols', 'encryption protocol', 'encryption protocols'],
    short:
      'The agreed sequence of cryptographic steps that parties follow to communicate securely: how they check who is who, agree on keys, and encrypt and verify messages. TLS and the Signal Protocol are examples.',
    related: ['signal-protocol', 'tls', 'messaging-layer-security', 'cryptography', 'end-to-end-encryption'],
  },
  {
    id: 'proof-of-concept',
    term: 'Proof of concept',
    category: 'technology',
    forms: ['proof of concept', 'proofs of concept'],
    // Business and medicine use it for any early pilot.
    ambiguous: true,
    short:
      'In security research, a minimal working demonstration that a flaw or attack is real, such as code that triggers a bug or forges a match, usually published to prove a risk rather than to cause harm.',
    related: ['exploit', 'vulnerability', 'responsible-disclosure', 'perceptual-hashing'],
  },
  {
    id: 'account-recovery',
    term: 'Account recovery (recovery key, recovery contact)',
    category: 'technology',
    forms: [
      'account recovery',
      'recovery key',
      'recovery keys',
      'recovery contact',
      'recovery contacts',
      'recovery code',
      'recovery codes',
      'recovery phrase',
      'recovery phrases',
    ],
    short:
      "How people get back into an account after losing a password or device. For end-to-end encrypted data the provider cannot reset access, so a recovery key (a long code) or a trusted recovery contact may be the only way in.",
    related: ['encrypted-backup', 'advanced-data-protection', 'encryption-key', 'key-management', 'two-factor-authentication'],
  },
  {
    id: 'two-factor-authentication',
    term: 'Two-factor authentication',
    category: 'technology',
    forms: [
      'two-factor authentication',
      '2FA',
      'two-step verification',
      'two-step authentication',
      'multi-factor authentication',
      'multifactor authentication',
    ],
    short:
      'Logging in with two different kinds of proof, typically a password plus a code from a phone app, a text message or a security key, so that a stolen password alone is not enough to get into an account.',
    related: ['one-time-password', 'passkey', 'password-manager', 'account-recovery'],
  },
  {
    id: 'one-time-password',
    term: 'One-time password',
    category: 'technology',
    forms: [
      'one-time password',
      'one-time passwords',
      'one-time passcode',
      'one-time passcodes',
      'one-time code',
      'one-time codes',
    ],
    short:
      'A code that works only once or for a short time, sent by text message or made by an app, to confirm a login or a payment. Anyone who reads or intercepts the code in time can use it instead.',
    related: ['two-factor-authentication', 'passkey', 'encrypted-messaging'],
  },
  {
    id: 'password-manager',
    term: 'Password manager',
    category: 'technology',
    forms: ['password manager', 'password managers', 'master password', 'master passwords'],
    short:
      'An app that creates, stores and fills in strong, unique passwords, kept in a vault encrypted with one master password or a device key, so that people need to remember only one secret.',
    related: ['passkey', 'two-factor-authentication', 'account-recovery', 'encryption'],
  },
  {
    id: 'passkey',
    term: 'Passkey',
    category: 'technology',
    forms: ['passkey', 'passkeys'],
    // Also an ordinary key to a gate, a lift or a hotel room.
    ambiguous: true,
    short:
      'A replacement for passwords: a key pair made for one site or app, whose private key stays on the device or in a password manager and is unlocked by fingerprint, face or PIN. It resists phishing.',
    related: ['public-key-cryptography', 'password-manager', 'two-factor-authentication', 'account-recovery'],
  },
  {
    id: 'digital-forensics',
    term: 'Digital forensics',
    category: 'technology',
    forms: [
      'digital forensics',
      'forensic tool',
      'forensic tools',
      'device forensics',
      'mobile forensics',
      'mobile device forensics',
      'computer forensics',
      'forensic extraction',
      'forensic extractions',
      'extraction tool',
      'extraction tools',
      'unlocking tool',
      'unlocking tools',
      'forensic software',
    ],
    short:
      'Recovering and analysing evidence from phones, computers and online accounts so that it holds up in court. Device encryption limits what it can reach without the passcode or a way around it.',
    related: ['device-encryption', 'lawful-hacking', 'metadata', 'going-dark', 'brute-force-attack'],
  },
  {
    id: 'zero-trust',
    term: 'Zero trust',
    category: 'technology',
    forms: ['zero trust', 'zero trust architecture', 'zero trust security', 'zero trust model'],
    // "Zero trust in the minister" is everyday speech.
    ambiguous: true,
    short:
      "A security approach that trusts no user or device by default, even inside an organisation's own network, and checks identity and permissions on every request instead of relying on a protected perimeter.",
    related: ['two-factor-authentication', 'encryption', 'tls'],
  },
  {
    id: 'digital-fingerprint',
    term: 'Fingerprint (digital)',
    category: 'technology',
    forms: ['fingerprint', 'fingerprints', 'digital fingerprint', 'digital fingerprints', 'message fingerprint', 'message fingerprints'],
    // Crime reports and phone reviews mean a person's fingerprints; the definition says so.
    ambiguous: true,
    short:
      "In digital security, a short value computed from a file, message, image or key, usually with a hash function, that identifies it without revealing its content. Not the fingerprint a phone's sensor reads.",
    related: ['hash-function', 'perceptual-hashing', 'hash-list', 'safety-number', 'traceability'],
  },
  {
    id: 'key-recovery',
    term: 'Key recovery',
    category: 'technology',
    forms: ['key recovery', 'key recovery system', 'key recovery systems', 'key recovery scheme', 'key recovery schemes'],
    // "Key" is also an adjective: "a key recovery plan" in economic or disaster news.
    ambiguous: true,
    short:
      'A way to regain access to encrypted data when the usual key is lost or withheld, by recovering the key from a copy or from a third party. Key escrow is one form of it.',
    related: ['key-escrow', 'exceptional-access', 'account-recovery', 'key-management', 'crypto-wars'],
  },
  {
    id: 'bring-your-own-key',
    term: 'Bring your own key (BYOK)',
    category: 'technology',
    forms: ['bring your own key'],
    caseSensitiveForms: ['BYOK'],
    short:
      "A cloud arrangement in which the customer creates and controls the keys that encrypt its data, instead of the provider generating them. The provider's service still uses the keys while it works on the data.",
    related: ['hold-your-own-key', 'key-management', 'hardware-security-module', 'encryption-key', 'cloud-act'],
  },
  {
    id: 'hold-your-own-key',
    term: 'Hold your own key (HYOK)',
    category: 'technology',
    forms: ['hold your own key', 'customer-held key', 'customer-held keys'],
    caseSensitiveForms: ['HYOK'],
    short:
      "A cloud arrangement in which the keys protecting a customer's data stay on systems the customer controls, so the provider cannot decrypt the data without the customer's consent.",
    related: ['bring-your-own-key', 'key-management', 'hardware-security-module', 'encryption-key', 'cloud-act'],
  },
  {
    id: 'fips-140',
    term: 'FIPS 140 (140-2, 140-3)',
    category: 'technology',
    forms: ['FIPS 140', 'FIPS 140-2', 'FIPS 140-3'],
    short:
      'The US government security standard for products that perform encryption, set by NIST. US federal agencies must use validated modules. FIPS 140-3 took effect in 2019, succeeding FIPS 140-2 (2001).',
    related: ['nist', 'hardware-security-module', 'cryptography', 'advanced-encryption-standard'],
  },
  {
    id: 'phishing',
    term: 'Phishing',
    category: 'technology',
    forms: ['phishing', 'phished', 'spear phishing'],
    short:
      'Tricking someone into giving away a password, code or other secret, or into installing malicious software, with a message or website that pretends to come from someone they trust.',
    related: ['two-factor-authentication', 'passkey', 'password-manager', 'malware', 'hacking'],
  },
  {
    id: 'rich-communication-services',
    term: 'Rich Communication Services (RCS)',
    category: 'technology',
    forms: ['Rich Communication Services'],
    caseSensitiveForms: ['RCS'],
    short:
      'The messaging standard that mobile operators and phone makers are using to replace SMS, with group chats, read receipts and media. Whether its messages are end-to-end encrypted has depended on the app.',
    related: ['end-to-end-encryption', 'messaging-layer-security', 'signal-protocol', 'lawful-interception'],
  },
  {
    id: 'passcode',
    term: 'Passcode',
    category: 'technology',
    forms: ['passcode', 'passcodes'],
    short:
      'The PIN, password or pattern that unlocks a phone or computer. On modern phones it also protects the key that encrypts the stored data, so without it the contents usually cannot be read.',
    related: [
      'device-encryption',
      'self-incrimination',
      'key-disclosure',
      'digital-forensics',
      'brute-force-attack',
    ],
  },
  {
    id: 'over-the-top-service',
    term: 'Over-the-top (OTT) service',
    category: 'technology',
    forms: [
      'over-the-top',
      'over-the-top service',
      'over-the-top services',
      'over-the-top app',
      'over-the-top apps',
      'over-the-top application',
      'over-the-top applications',
      'over-the-top platform',
      'over-the-top platforms',
    ],
    caseSensitiveForms: ['OTT', 'OTTs'],
    // "Over the top", the idiom; OTT is also streaming television.
    ambiguous: true,
    short:
      "A communications or media service delivered over the internet rather than over a telecoms operator's own network, such as WhatsApp, Telegram or video streaming. Regulators use the term when extending telecoms rules to apps.",
    related: [
      'interpersonal-communications-service',
      'lawful-interception',
      'encrypted-messaging',
      'whatsapp',
      'telegram',
    ],
  },
  {
    id: 'disappearing-messages',
    term: 'Disappearing messages',
    category: 'technology',
    forms: [
      'disappearing messages',
      'disappearing message',
      'self-destructing messages',
      'ephemeral messages',
      'ephemeral messaging',
    ],
    short:
      'A messaging setting that deletes messages automatically from every device in a chat after a set time, such as a day or a week, so less can be recovered later by anyone who gets hold of a phone.',
    related: ['encrypted-messaging', 'signal', 'whatsapp', 'forward-secrecy'],
  },
  {
    id: 'ip-address',
    term: 'IP address',
    category: 'technology',
    forms: ['IP address', 'IP addresses'],
    short:
      'The numerical address that identifies a device or network connection on the internet. Services often log it, and it is among the account records they can hand over even when message content is encrypted.',
    related: ['metadata', 'communications-data', 'subscriber-information', 'vpn', 'tor', 'data-retention'],
  },
  {
    id: 'sim-swap',
    term: 'SIM swap',
    category: 'technology',
    forms: [
      'SIM swap',
      'SIM swaps',
      'SIM-swap fraud',
      'SIM swapping',
      'SIM swap scam',
      'SIM swap scams',
      'SIM hijacking',
    ],
    short:
      "A fraud in which criminals get a mobile operator to move a victim's phone number to a SIM card they control, so that they receive the victim's calls and text messages, including one-time codes.",
    related: ['two-factor-authentication', 'one-time-password', 'phishing', 'cybercrime', 'sms'],
  },
  {
    id: 'attack-surface',
    term: 'Attack surface',
    category: 'technology',
    forms: ['attack surface', 'attack surfaces'],
    short:
      'All the points where an attacker could try to get into a system: its software, interfaces, people and procedures. Every added feature, stored copy of data or access route enlarges it.',
    related: ['vulnerability', 'exceptional-access', 'systemic-weakness', 'single-point-of-failure'],
  },
  {
    id: 'firmware',
    term: 'Firmware',
    category: 'technology',
    forms: ['firmware'],
    short:
      "Low-level software built into a device's hardware, such as a phone's start-up code or a router's operating software. Because it runs beneath everything else, a flaw or tampered update in it can defeat other protections.",
    related: ['vulnerability', 'digital-signature', 'device-encryption', 'all-writs-act'],
  },
  {
    id: 'secret-chat',
    term: 'Secret chat',
    category: 'technology',
    forms: ['secret chat', 'secret chats'],
    // "A secret chat with the coach": the everyday phrase.
    ambiguous: true,
    short:
      "An optional end-to-end encrypted mode in messengers whose ordinary chats the company can read on its servers, such as Telegram's Secret Chats and KakaoTalk's Secret Chat.",
    related: ['end-to-end-encryption', 'telegram', 'encrypted-messaging', 'encryption-in-transit'],
  },
  {
    id: 'sms',
    term: 'SMS (text messages)',
    category: 'technology',
    forms: ['Short Message Service'],
    caseSensitiveForms: ['SMS'],
    short:
      'Short Message Service: the original text messaging of mobile networks. SMS is not end-to-end encrypted, so operators can read and intercept messages, which is why login codes sent by SMS are considered weak.',
    related: ['rich-communication-services', 'sim-swap', 'one-time-password', 'lawful-interception'],
  },
  {
    id: 'mobile-money',
    term: 'Mobile money',
    category: 'technology',
    forms: [
      'mobile money',
      'mobile wallet',
      'mobile wallets',
      'e-wallet',
      'e-wallets',
      'mobile financial service',
      'mobile financial services',
    ],
    short:
      "Financial services run from a mobile phone, letting people store money, send it and pay bills through an account tied to their phone number, often without a bank; Kenya's M-Pesa is the best-known example.",
    related: ['sim-swap', 'money-mule', 'cybercrime', 'encryption'],
  },
  {
    id: 'cryptocurrency',
    term: 'Cryptocurrency',
    category: 'technology',
    forms: [
      'cryptocurrency',
      'cryptocurrencies',
      'crypto-asset',
      'crypto-assets',
      'cryptoasset',
      'cryptoassets',
    ],
    short:
      'Digital money, such as Bitcoin, recorded on a shared ledger that is secured by cryptography rather than by a bank. It relies on digital signatures and hashing rather than on encrypting the ledger.',
    related: ['public-key-cryptography', 'digital-signature', 'ransomware', 'cybercrime'],
  },
  {
    id: 'targeted-update',
    term: 'Targeted update',
    category: 'technology',
    forms: [
      'targeted update',
      'targeted updates',
      'targeted software update',
      'targeted software updates',
    ],
    // "A targeted update to the guidance": the everyday phrase.
    ambiguous: true,
    short:
      "A software update sent to one chosen user's device rather than to everyone, which some proposals would let authorities order so as to install surveillance code or capture that user's encryption keys.",
    related: [
      'lawful-hacking',
      'exceptional-access',
      'digital-signature',
      'technical-assistance',
      'ghost-proposal',
    ],
  },
  {
    id: 'key-exchange',
    term: 'Key exchange',
    category: 'technology',
    forms: [
      'key exchange',
      'key exchanges',
      'key agreement',
      'Diffie-Hellman',
      'Diffie-Hellman key exchange',
    ],
    short:
      'A method by which two parties agree on a shared secret key over an insecure network without sending the key itself. Diffie-Hellman is the classic example; key exchanges underpin TLS and end-to-end encrypted messaging.',
    related: [
      'public-key-cryptography',
      'forward-secrecy',
      'tls',
      'signal-protocol',
      'post-quantum-cryptography',
    ],
  },
  {
    id: 'message-scanning',
    term: 'Message scanning',
    category: 'technology',
    forms: [
      'message scanning',
      'scanning of messages',
      'scanning of private messages',
      'scanning of private communications',
      'chat scanning',
      'content scanning',
      'scanning obligation',
      'scanning obligations',
      'detection obligation',
      'detection obligations',
      'detection duty',
      'detection duties',
      'detection direction',
      'detection directions',
      'detection technology',
      'detection technologies',
      'scanning technology',
      'scanning technologies',
    ],
    // "Detection technology" and "content scanning" are also fire-safety, fraud and antivirus wording.
    // A bare "scanning" or "scanner" is never a form.
    ambiguous: true,
    short:
      "Automatically checking users' messages, images or files for illegal material such as child sexual abuse content, by matching them against lists of known items or with AI classifiers. In encrypted chats it would run on the device.",
    related: ['client-side-scanning', 'detection-order', 'hash-list', 'classifier', 'csam', 'eu-csa-regulation', 'false-positive'],
  },
  {
    id: 'zero-knowledge',
    term: 'Zero-knowledge',
    category: 'technology',
    forms: [
      'zero-knowledge',
      'zero-knowledge encryption',
      'zero-knowledge proof',
      'zero-knowledge proofs',
      'zero-access encryption',
    ],
    short:
      "Describes services designed so that the provider cannot read customers' data, because only the customer holds the keys. In cryptography, a zero-knowledge proof shows that a statement is true without revealing anything more.",
    related: ['end-to-end-encryption', 'encryption-key', 'password-manager', 'hold-your-own-key', 'encrypted-backup'],
  },
  {
    id: 'interoperability',
    term: 'Interoperability',
    category: 'technology',
    forms: ['interoperability', 'interoperable messaging', 'messaging interoperability'],
    // Also a word of every other engineering field.
    ambiguous: true,
    short:
      "The ability of different systems to work together. The EU's Digital Markets Act requires the largest messaging services to let other apps' users message theirs, which raises the question of keeping end-to-end encryption.",
    related: ['digital-markets-act', 'end-to-end-encryption', 'messaging-layer-security', 'encrypted-messaging'],
  },
  {
    id: 'signal-jammer',
    term: 'Signal jammer',
    category: 'technology',
    forms: [
      'signal jammer',
      'signal jammers',
      'phone jammer',
      'phone jammers',
      'mobile phone jammer',
      'mobile phone jammers',
      'cellphone jammer',
      'cellphone jammers',
    ],
    // Mostly in prison and security news that is not about encryption.
    ambiguous: true,
    short:
      'A device that blocks mobile phone signals in an area by transmitting on the same frequencies. Prisons use them against smuggled phones, though they are often illegal for private use and can be unreliable.',
    related: ['extortion', 'interception'],
  },
];
