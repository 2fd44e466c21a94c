import type { Source, TermDetails } from '../schema';

/** English Wikipedia by exact article title (spaces become underscores, as the site does). */
function wikipedia(title: string, shownAs = title): Source {
  return { title: `${shownAs} (Wikipedia)`, url: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}` };
}

function rfc(n: number, title: string): Source {
  return { title: `RFC ${n}: ${title}`, url: `https://www.rfc-editor.org/rfc/rfc${n}` };
}

export const TECHNOLOGY_DETAILS: TermDetails[] = [
  {
    id: 'encryption',
    explanation:
      'Encryption converts readable data (plaintext) into unreadable data (ciphertext) using an algorithm and a key; decryption reverses it with the right key. It protects messages, stored files, payments and web traffic, and modern algorithms such as AES cannot feasibly be broken by guessing the key when they are used properly. The policy debate is rarely about whether encryption should exist, but about who holds the keys: whether law enforcement should be able to obtain readable copies of encrypted data, and whether that can be arranged without weakening security for everyone.',
    sources: [wikipedia('Encryption')],
  },
  {
    id: 'end-to-end-encryption',
    explanation:
      "With end-to-end encryption (E2EE), messages are encrypted on the sender's device and decrypted only on the recipient's; the servers in between handle only ciphertext, though they often still see metadata such as who talks to whom and when. WhatsApp completed its rollout of end-to-end encryption, based on the Signal Protocol, in April 2016, and Signal and Apple's iMessage also use it by default. Because the provider holds no key, it cannot comply with an order to produce message content, which puts E2EE at the centre of the lawful-access debate.",
    sides: {
      forAccess:
        'Police and child-protection bodies argue that default end-to-end encryption hides serious crimes, including child sexual abuse, from the platforms best placed to detect them, and puts evidence beyond the reach of a court order.',
      forEncryption:
        'Security experts and rights groups argue that E2EE is the only reliable way to keep private communications safe from criminals, hostile states and insiders, and that any way for providers to read messages would be a weakness others could use.',
    },
    sources: [wikipedia('End-to-end encryption')],
  },
  {
    id: 'cryptography',
    explanation:
      "Cryptography covers encryption, hash functions, digital signatures and key exchange: the building blocks of secure messaging, online banking and software updates. Until the 1970s it was largely the preserve of governments and the military; the public invention of public-key cryptography in 1976 and 1977 opened it to academia and industry. Government efforts to control its civilian use and export led to the 'crypto wars' of the 1990s, a dispute that continues over encrypted phones and messaging.",
    sources: [wikipedia('Cryptography')],
  },
  {
    id: 'public-key-cryptography',
    explanation:
      "Public-key (asymmetric) cryptography removes the need to share a secret key in advance: anyone can encrypt a message with the recipient's published public key, but only the matching private key can decrypt it. It was introduced publicly by Whitfield Diffie and Martin Hellman in 1976, followed by the RSA algorithm in 1977; in 1997 GCHQ revealed that its own researchers had found similar ideas earlier, in secret. It underpins TLS, digital signatures, certificate authorities and the key exchange of encrypted messaging apps.",
    sources: [wikipedia('Public-key cryptography')],
  },
  {
    id: 'encryption-key',
    explanation:
      'Algorithms such as AES are public; the security of encrypted data rests on keeping the key secret. Key length is measured in bits, and a 128-bit or 256-bit key has far too many possible values to try them all with any existing computer. Much of the policy debate is about keys: who creates and holds them (the user, the service provider or a third party), and whether governments should be able to obtain them.',
    sources: [wikipedia('Key (cryptography)')],
  },
  {
    id: 'key-escrow',
    explanation:
      "Key escrow was the US government's preferred answer to strong encryption in the 1990s, most famously in the Clipper chip, whose device keys were to be split between two federal agencies. Critics argued that a store of everyone's keys would be a high-value target, that the added complexity would breed flaws, and that criminals could simply choose other tools. A 1997 report by leading cryptographers, 'The Risks of Key Recovery, Key Escrow, and Trusted Third-Party Encryption', remains a standard reference, and the idea recurs in modern proposals under other names.",
    sides: {
      forAccess:
        'Supporters argue that escrow lets the public use strong encryption while preserving the long-standing ability of courts to authorise access to evidence, with keys released only under legal safeguards.',
      forEncryption:
        'Opponents argue that any central store of keys is a single point of failure for millions of users, is costly and complex to secure, and can be abused by insiders or stolen by attackers.',
    },
    sources: [wikipedia('Key escrow')],
  },
  {
    id: 'backdoor',
    explanation:
      "In computing, a backdoor is any method of bypassing normal authentication or encryption, whether planted by an attacker or built in by the maker. In the encryption debate the word itself is contested: officials seeking access usually say they want lawful, warranted access rather than a 'backdoor', while security researchers argue that any mechanism giving a third party access is a backdoor in technical terms, however it is governed. The Dual_EC_DRBG standard and the 2015 discovery of unauthorised code in Juniper Networks' firewall software are often cited to show that built-in access can be found and abused by others.",
    sides: {
      forAccess:
        'Governments argue that they are asking not for a secret flaw but for a regulated, warranted means of access, like the interception long required of phone companies, and that technology firms are able to build it safely.',
      forEncryption:
        "Security experts argue that there is no way to build access that only the 'good guys' can use: every extra path to the keys or the plaintext is a weakness that criminals and hostile states can find, steal or compel.",
    },
    sources: [wikipedia('Backdoor (computing)')],
  },
  {
    id: 'front-door',
    explanation:
      "The phrase spread in the US debate around 2014 and 2015, when officials said law enforcement wanted to come in through the 'front door', with a court order and the company's knowledge, rather than through a hidden flaw. Cryptographers replied that the label changes who is informed, not the engineering: a mechanism that lets a provider or government decrypt users' data adds the same risks whatever it is called.",
    sides: {
      forAccess:
        'Supporters argue that access designed in openly, known to the company and used only with a court order, is fundamentally different from a secret backdoor and keeps the rule of law in the digital world.',
      forEncryption:
        'Critics argue that an attacker does not care which door is which: any built-in means of decryption is a target, and calling it a front door does not make it harder to abuse.',
    },
    sources: [wikipedia('Crypto Wars')],
  },
  {
    id: 'golden-key',
    explanation:
      "The phrase drew wide attention in 2014, when a Washington Post editorial suggested that technology companies could create a 'secure golden key' usable only with a warrant. Security experts replied that a master key able to open every device or conversation would be among the most valuable secrets in the world, and that its theft or misuse would compromise everyone at once. 'God key' is used in the same sense, notably in discussions of master cryptographic keys and certificates.",
    sides: {
      forAccess:
        'Supporters argue that companies already guard extremely sensitive signing keys, and could likewise protect a means of access reserved for warrants.',
      forEncryption:
        'Critics argue that one key to everything would attract the best-resourced attackers in the world, and that a single leak or insider would expose every user at once.',
    },
    sources: [wikipedia('Crypto Wars')],
  },
  {
    id: 'exceptional-access',
    explanation:
      "'Exceptional access' is the neutral, technical name used in academic and policy papers for what others call lawful access or a backdoor. In 2015 a group of prominent computer scientists and cryptographers argued in the paper 'Keys Under Doormats' that such mechanisms would undo security practices such as forward secrecy, add complexity and create targets. Later proposals, including the GCHQ 'ghost' idea of 2018 and variants of key escrow, have tried to show that exceptional access can be designed with acceptable risk.",
    sides: {
      forAccess:
        'Proponents argue that exceptional access is an engineering problem like any other, and that with careful design, strict authorisation and audit the remaining risk is worth the benefit to public safety.',
      forEncryption:
        'Critics argue that every design so far has been shown to add serious risk, and that systems used by billions cannot be made both exceptionally accessible and secure.',
    },
    sources: [wikipedia('Crypto Wars')],
  },
  {
    id: 'lawful-access',
    explanation:
      'Governments use "lawful access" to stress that access would be authorised by law and overseen by courts or independent bodies, like traditional phone tapping or search warrants. The Five Eyes governments have issued joint statements calling on technology companies to build lawful access into encrypted products, including in 2018 and 2020. Critics answer that legality governs who may ask, but cannot make an access mechanism technically safe.',
    sides: {
      forAccess:
        'Governments argue that no space should be beyond the reach of a lawful warrant, and that companies should design their products so that they can comply with court orders for content.',
      forEncryption:
        'Critics argue that a lawful purpose does not change the technology: any mechanism that grants access under warrant can also be exploited without one, and will be demanded by less democratic governments too.',
    },
    sources: [wikipedia('Crypto Wars')],
  },
  {
    id: 'client-side-scanning',
    explanation:
      "Client-side scanning is proposed as a way to detect material such as child sexual abuse imagery without breaking encryption itself, because the check happens on the device before encryption or after decryption. Apple announced such a system for iCloud Photos in August 2021, paused it after criticism and abandoned it in December 2022. The EU's proposed CSA Regulation, presented in May 2022, could require detection in end-to-end encrypted services, which critics say would mean client-side scanning; a 2021 paper by leading security researchers, 'Bugs in Our Pockets', argued that it creates serious security and privacy risks.",
    sides: {
      forAccess:
        'Supporters argue that scanning on the device can find known abuse material while leaving encryption intact and message content unseen by anyone unless there is a match, protecting children without banning E2EE.',
      forEncryption:
        'Critics argue that it defeats the purpose of end-to-end encryption by inspecting every message before it is sent, that the list of targets can be widened to other content, and that matching systems produce false positives and can be manipulated.',
    },
    sources: [wikipedia('Client-side scanning')],
  },
  {
    id: 'ghost-proposal',
    explanation:
      "In November 2018 two senior GCHQ technical officials, Ian Levy and Crispin Robinson, published an essay on the Lawfare website suggesting that providers could be asked to add a law enforcement 'ghost' to a group chat or call without notifying users, arguing that the encryption itself would not be weakened. In 2019 a coalition of technology companies, civil society groups and security experts published an open letter against it, saying it would require providers to deceive their users and to change how their systems authenticate participants and show who is in a conversation.",
    sides: {
      forAccess:
        'Its authors argued that adding a silent participant under warrant leaves the cryptography untouched and mirrors how phone interception has long worked, making it less risky than weakening encryption.',
      forEncryption:
        "Critics argued that it would break users' ability to know who they are talking to, require secret changes to software used by millions, and teach users to distrust the very security indicators meant to protect them.",
    },
    sources: [wikipedia('Government Communications Headquarters')],
  },
  {
    id: 'metadata',
    explanation:
      "Metadata can reveal a person's relationships, movements and habits without a word of content being read, and it is often easier for authorities to obtain. In 2013 documents leaked by Edward Snowden showed that the NSA was collecting the phone records of millions of Americans in bulk, a programme that the USA FREEDOM Act of 2015 ended in that form. Governments present metadata as a less intrusive tool that remains available despite encryption; privacy advocates argue that it can be as revealing as content.",
    sources: [wikipedia('Metadata')],
  },
  {
    id: 'forward-secrecy',
    explanation:
      "With forward secrecy, session keys come from a temporary (ephemeral) key exchange and are deleted after use, so an attacker who records encrypted traffic today and later obtains a server's or user's long-term private key still cannot decrypt it. TLS 1.3, published in 2018, dropped the older RSA key exchange that lacked this property, and the Signal Protocol extends the idea by renewing keys throughout a conversation. This is one reason why designs that rely on a stored master or escrowed key conflict with modern protocol design.",
    sources: [wikipedia('Forward secrecy')],
  },
  {
    id: 'tls',
    explanation:
      "TLS protects data in transit between a user and a service, such as a website, mail server or app back end; unlike end-to-end encryption, it leaves the provider at the other end able to read the data. TLS 1.0 was published in 1999 as the successor to Netscape's SSL, and the current version, TLS 1.3, was published as RFC 8446 in August 2018. Its trust model depends on certificate authorities vouching for which key belongs to which website.",
    sources: [wikipedia('Transport Layer Security'), rfc(8446, 'The Transport Layer Security (TLS) Protocol Version 1.3')],
  },
  {
    id: 'digital-certificate',
    explanation:
      "Certificates, usually in the X.509 format, let browsers and software check that they are talking to the genuine website, server or software publisher. Security firms speak of 'keys and certificates' together as machine identities, because stolen or misused ones let attackers pass as trusted systems: the Stuxnet worm, for example, carried drivers signed with certificates stolen from two Taiwanese hardware companies. Critics of access proposals cite such cases to argue that powerful master keys would be stolen too.",
    sources: [wikipedia('Public key certificate')],
  },
  {
    id: 'certificate-authority',
    explanation:
      "Certificate authorities (CAs) anchor the trust of TLS and HTTPS: a browser accepts a website's key because a CA it trusts has signed a certificate for it. Because any trusted CA can issue a certificate for any domain, a compromised or coerced CA can enable interception; in 2011 the Dutch authority DigiNotar was hacked and fraudulent certificates for Google were used against users in Iran, after which browsers stopped trusting it and the company went bankrupt. Let's Encrypt, a free and automated CA launched in 2015, helped make HTTPS the norm.",
    sources: [wikipedia('Certificate authority')],
  },
  {
    id: 'vulnerability',
    explanation:
      'Vulnerabilities are usually accidental design or coding mistakes, though some are deliberately planted. Publicly known ones are catalogued in the CVE (Common Vulnerabilities and Exposures) list, started in 1999, and are fixed with patches. In the encryption debate, security experts often describe mandated access mechanisms as deliberately built vulnerabilities, and governments keeping some vulnerabilities secret for their own hacking operations is itself disputed.',
    sources: [wikipedia('Vulnerability (computer security)'), { title: 'CVE Program', url: 'https://www.cve.org/' }],
  },
  {
    id: 'zero-day',
    explanation:
      'Because no patch exists, a zero-day works against fully updated systems, and exploits for popular phones and browsers are bought and sold for large sums, including by governments. Agencies that find or buy zero-days must choose between telling the vendor, so that everyone is protected, and keeping them for intelligence or law enforcement hacking; the United States handles this choice through its Vulnerabilities Equities Process. The 2017 WannaCry ransomware spread using EternalBlue, an exploit for a Windows flaw developed by the NSA and leaked earlier that year, a case often cited in this debate.',
    sides: {
      forAccess:
        'Intelligence and law enforcement agencies argue that keeping some vulnerabilities secret for targeted hacking is a focused, necessary alternative to weakening encryption for everyone.',
      forEncryption:
        'Critics argue that every vulnerability kept secret leaves all users of that software exposed, and that stockpiled exploits can leak or be rediscovered by criminals, as EternalBlue showed.',
    },
    sources: [wikipedia('Zero-day (computing)')],
  },
  {
    id: 'exploit',
    explanation:
      "An exploit turns a flaw into a working attack; several are often combined in an 'exploit chain' to get past a browser's or phone's layered defences. A market of brokers and vendors sells exploits, including to governments, and commercial spyware such as Pegasus has used zero-click exploits that compromise a phone through a message the user never opens. Getting in through exploits, known as lawful hacking, is sometimes proposed as an alternative to weakening encryption.",
    sources: [wikipedia('Exploit (computer security)')],
  },
  {
    id: 'perceptual-hashing',
    explanation:
      "Unlike a cryptographic hash, which changes completely when a single bit changes, a perceptual hash is designed to stay close for visually similar content. Systems such as Microsoft's PhotoDNA compare uploads against databases of hashes of known child sexual abuse material, and client-side scanning proposals would run such matching on users' devices. Researchers have shown that perceptual hashes can produce false matches and can be deliberately fooled, as happened almost as soon as Apple's NeuralHash algorithm was extracted and published in 2021.",
    sources: [wikipedia('Perceptual hashing')],
  },
  {
    id: 'device-encryption',
    explanation:
      "Since 2014, when Apple's iOS 8 began encrypting iPhones with keys tied to the user's passcode and Google announced the same for Android, manufacturers have generally been unable to unlock devices for police. The issue came to a head in 2016, when the FBI obtained a court order under the All Writs Act requiring Apple to help unlock an iPhone used by one of the San Bernardino attackers; Apple contested it, and the government dropped the case after a third party got into the phone. Police forensics now often rely on commercial tools that exploit vulnerabilities to open locked devices.",
    sides: {
      forAccess:
        'Law enforcement argues that encrypted phones hold crucial evidence in serious cases, and that devices no one can open put that evidence out of reach even when a judge has authorised a search.',
      forEncryption:
        "Manufacturers and security experts argue that phones hold people's entire lives and are easily lost or stolen, and that any way to unlock them for police could be used by thieves, hackers and repressive governments.",
    },
    sources: [wikipedia('Disk encryption')],
  },
  {
    id: 'clipper-chip',
    explanation:
      "Developed by the NSA and announced by the Clinton administration in 1993, the Clipper chip used a classified cipher called Skipjack and attached a 'Law Enforcement Access Field' to each conversation, from which agencies could recover the call key using escrowed device keys held by NIST and the Treasury Department. In 1994 the researcher Matt Blaze showed that the access field could be defeated, and the chip met opposition from industry, civil liberties groups and cryptographers. It remains the classic example, from the crypto wars, of a government-designed access scheme that failed both technically and commercially.",
    sources: [wikipedia('Clipper chip')],
  },
  {
    id: 'dual-ec-drbg',
    explanation:
      'Dual_EC_DRBG produced random numbers from elliptic-curve operations using two constants whose origin was never explained. In 2007 the Microsoft researchers Dan Shumow and Niels Ferguson showed that anyone knowing a secret relation between the constants could predict its output, and in 2013 documents leaked by Edward Snowden were reported to show NSA involvement in the standard. NIST then advised against using it and removed it, and the 2015 discovery of unauthorised code in Juniper Networks firewalls, which used Dual_EC_DRBG, showed how such a weakness can be taken over by others.',
    sources: [wikipedia('Dual_EC_DRBG')],
  },
  {
    id: 'stuxnet',
    explanation:
      'Stuxnet targeted Siemens industrial control systems and is regarded as the first known cyberweapon built to cause physical damage. It spread using several zero-day vulnerabilities in Windows and carried drivers signed with digital certificates stolen from two Taiwanese companies, which made it look like trusted software. Neither government has officially confirmed responsibility, but the case is often cited to show that state-built tools and stolen keys can escape their intended target and be studied and reused by others.',
    sources: [wikipedia('Stuxnet')],
  },
  {
    id: 'black-hat',
    explanation:
      "The terms come from old Western films, in which villains wore black hats and heroes white ones. In the encryption debate, 'the black hats' stands for the criminals and hostile actors who would look for, steal or abuse any access mechanism or key built for governments. Black Hat is also the name of a well-known security conference, which is not what the term usually means in policy news.",
    sources: [wikipedia('Black hat (computer security)')],
  },
  {
    id: 'white-hat',
    explanation:
      'White-hat hackers include penetration testers hired by companies, academic researchers and independent researchers who take part in bug bounty programmes. They usually report flaws to the vendor through coordinated disclosure before publishing anything. Their regular discoveries of serious flaws in widely used systems are one reason security researchers doubt that any access mechanism would stay secret or flawless.',
    sources: [wikipedia('White hat (computer security)')],
  },
  {
    id: 'symmetric-key-cryptography',
    explanation:
      'Symmetric ciphers such as AES and ChaCha20 do most of the actual encrypting in secure messaging, web traffic and stored data because they are fast. Their weakness is key distribution: both parties need the same secret, which is why protocols first use public-key cryptography to agree on a fresh symmetric key. A symmetric key of 128 bits or more is considered beyond the reach of brute-force guessing.',
    sources: [wikipedia('Symmetric-key algorithm')],
  },
  {
    id: 'advanced-encryption-standard',
    explanation:
      'AES is the Rijndael cipher designed by the Belgian cryptographers Joan Daemen and Vincent Rijmen, selected by NIST from fifteen candidates and published as FIPS 197 in November 2001. It uses keys of 128, 192 or 256 bits and protects everything from Wi-Fi and disk encryption to messaging apps and classified US government information. Its open selection process is often contrasted with the secrecy of earlier government designs such as the Clipper chip.',
    sources: [wikipedia('Advanced Encryption Standard')],
  },
  {
    id: 'rsa',
    explanation:
      'RSA can be used both to encrypt and to create digital signatures, and it has protected web connections, email and software updates for decades. A sufficiently large quantum computer running Shor\'s algorithm could break it, which is one reason for the move to post-quantum cryptography. The algorithm shares its name with RSA Security, the company its inventors founded.',
    sources: [wikipedia('RSA (cryptosystem)')],
  },
  {
    id: 'cipher',
    explanation:
      'The principle that a cipher should stay secure even if everything about it except the key is public was set out by Auguste Kerckhoffs in 1883 and underlies modern cryptography. Openly published ciphers are trusted because many experts have tried and failed to break them, which is why secret or government-designed algorithms, such as the Clipper chip\'s Skipjack, drew suspicion.',
    sources: [wikipedia('Cipher')],
  },
  {
    id: 'hash-function',
    explanation:
      'Hash functions such as SHA-256 are used to check that files and messages have not been altered, to store passwords and inside digital signatures. Exact hash matching is also how services detect known files, but changing a single pixel gives a completely different cryptographic hash, which is why abuse-detection systems use perceptual hashing instead. Older hash functions such as MD5 and SHA-1 have been broken and are being phased out.',
    sources: [wikipedia('Cryptographic hash function')],
  },
  {
    id: 'digital-signature',
    explanation:
      "Anyone can check a digital signature with the signer's public key, but only the private key can create it. Signatures protect software updates, certificates and secure messaging, and phones and computers refuse to install some code unless it is properly signed. In the 2016 San Bernardino case the FBI asked Apple to write and sign a special version of its software, since the locked iPhone would accept only updates signed by Apple.",
    sources: [wikipedia('Digital signature')],
  },
  {
    id: 'signal-protocol',
    explanation:
      "The protocol was developed from 2013 by Open Whisper Systems, the forerunner of today's Signal Foundation, and combines an initial key agreement with the 'Double Ratchet' algorithm designed by Trevor Perrin and Moxie Marlinspike. WhatsApp adopted it, completing the rollout to all users in 2016, as have other services, and academic cryptographers have studied it extensively. Because the provider never holds users' message keys, services built on it cannot decrypt messages on request.",
    sources: [wikipedia('Signal Protocol')],
  },
  {
    id: 'pgp',
    explanation:
      'PGP was one of the first tools to put strong public-key encryption in the hands of the public. Its spread abroad over the internet led to a US criminal investigation of Zimmermann for exporting munitions, since encryption was then controlled as a weapon; the case was dropped in 1996 without charges. The OpenPGP format, defined in RFC 4880, is still used by journalists and to sign software releases, though it is widely considered hard to use.',
    sources: [wikipedia('Pretty Good Privacy'), rfc(4880, 'OpenPGP Message Format')],
  },
  {
    id: 'tor',
    explanation:
      'Tor grew out of onion-routing research at the US Naval Research Laboratory in the 1990s, was released in 2002 and has been maintained by the non-profit Tor Project since 2006. It is used by journalists, activists, people in censored countries and ordinary users seeking privacy, and it also hosts criminal marketplaces, which makes it a recurring subject in debates about anonymity and law enforcement. Documents leaked in 2013 showed that the NSA found it hard to identify Tor users at scale.',
    sources: [{ title: 'The Tor Project (official site)', url: 'https://www.torproject.org/' }],
  },
  {
    id: 'vpn',
    explanation:
      "A VPN encrypts traffic between the user and the VPN provider, so the local network or internet provider sees only a connection to the VPN; the VPN provider can see the traffic instead, so users shift their trust rather than remove it. Businesses use VPNs for remote access, and individuals use them for privacy or to get around censorship and geographic blocks. Some governments, such as China's and Russia's, restrict VPN services they have not approved.",
    sources: [wikipedia('Virtual private network')],
  },
  {
    id: 'https',
    explanation:
      "HTTPS protects what is read and typed on a website from eavesdroppers such as other Wi-Fi users or internet providers, though the website itself sees everything and the name of the site visited usually remains visible. Once used mainly for payments and logins, it became the default for most of the web in the late 2010s, helped by free certificates from Let's Encrypt and by browsers labelling plain HTTP pages 'not secure'.",
    sources: [wikipedia('HTTPS')],
  },
  {
    id: 'spyware',
    explanation:
      "Spyware running on a device can read messages after they are decrypted, which is why end-to-end encryption does not protect against it. Commercial spyware sold to governments, such as NSO Group's Pegasus, has been found on the phones of journalists, activists and politicians in many countries, leading to lawsuits, export restrictions and the US government's 2021 blacklisting of NSO Group. Governments that use such tools describe them as targeted means against serious crime and terrorism.",
    sources: [wikipedia('Spyware')],
  },
  {
    id: 'pegasus',
    explanation:
      "NSO Group says it sells Pegasus only to government agencies for fighting crime and terrorism. Investigations by the University of Toronto's Citizen Lab and by Amnesty International have found it on the phones of journalists, human rights defenders and politicians, and in 2021 a consortium of media organisations published the 'Pegasus Project' on its alleged targets. Because it takes over the device itself, it can read messages before they are encrypted or after they are decrypted.",
    sources: [wikipedia('Pegasus (spyware)')],
  },
  {
    id: 'malware',
    explanation:
      'Malware is the main tool of cybercrime and of state hacking alike, and it usually gets onto a device by exploiting a vulnerability or by tricking the user into running it. In the encryption debate malware matters for two reasons: it can read data on a compromised device regardless of encryption, and tools built for governments, such as the leaked NSA exploit used by the WannaCry ransomware, have ended up in criminal hands.',
    sources: [wikipedia('Malware')],
  },
  {
    id: 'ransomware',
    explanation:
      "Ransomware turns encryption against its victims and has disrupted hospitals, pipelines, local governments and companies. The 2017 WannaCry outbreak, which hit organisations including parts of the UK's National Health Service, spread using an NSA-developed Windows exploit that had leaked. Law enforcement cites ransomware as a reason to need access to criminals' communications, while security experts cite it as a reason why systems must be made as secure as possible.",
    sources: [wikipedia('Ransomware')],
  },
  {
    id: 'post-quantum-cryptography',
    explanation:
      "A large enough quantum computer running Shor's algorithm could break the public-key methods that protect most internet traffic today, and adversaries may record encrypted data now in the hope of decrypting it later. After a public competition begun in 2016, the US standards body NIST published its first three post-quantum standards, FIPS 203, 204 and 205, in August 2024. Messaging services including Signal and iMessage have added post-quantum protection to their key exchange.",
    sources: [wikipedia('Post-quantum cryptography')],
  },
  {
    id: 'homomorphic-encryption',
    explanation:
      'The first fully homomorphic scheme was described by Craig Gentry in 2009. Computing on encrypted data remains far slower than computing on plaintext, though the technique is used in some privacy-preserving services. It has been discussed as a possible tool for checking content against a list without revealing either, but it does not by itself settle what should be checked or who controls the list.',
    sources: [wikipedia('Homomorphic encryption')],
  },
  {
    id: 'key-disclosure',
    explanation:
      'In the UK, Part III of the Regulation of Investigatory Powers Act 2000 lets authorities serve a notice requiring a key, or the data in intelligible form, to be handed over; failing to comply can be punished by up to two years in prison, or five in national security and child indecency cases. In the United States, courts have disagreed about whether forcing a suspect to reveal a passcode is compatible with the Fifth Amendment protection against self-incrimination. Key disclosure targets the individual user rather than the service provider, so it does not require weakening encryption products.',
    sides: {
      forAccess:
        'Supporters argue that requiring suspects to unlock their own data, under proper authorisation, gives investigators evidence without weakening anyone else\'s security.',
      forEncryption:
        'Critics argue that compelled decryption can breach the right not to incriminate oneself, can punish people who have genuinely forgotten or never had a key, and fails against those willing to accept the penalty.',
    },
    sources: [
      wikipedia('Key disclosure law'),
      { title: 'Regulation of Investigatory Powers Act 2000 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2000/23/contents' },
    ],
  },
  {
    id: 'lawful-hacking',
    explanation:
      "Lawful hacking is proposed by some researchers as an alternative to building access into encryption for everyone: agencies would instead break into specific targets' devices. UK law calls it equipment interference and regulates it in Part 5 of the Investigatory Powers Act 2016, and the FBI has used it under the name 'network investigative technique'. It raises its own questions, because agencies must find or buy vulnerabilities and may keep them secret, leaving other users exposed.",
    sides: {
      forAccess:
        'Agencies argue that targeted hacking, authorised by warrant and used against specific suspects, is a proportionate way to obtain evidence that encryption would otherwise hide.',
      forEncryption:
        'Critics argue that it depends on leaving vulnerabilities unpatched, that hacking tools can spread or leak beyond their target, and that it is more intrusive than interception because it exposes a whole device.',
    },
    sources: [{ title: 'Investigatory Powers Act 2016 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/contents' }],
  },
  {
    id: 'plaintext',
    explanation:
      "In cryptography, plaintext is the input to encryption and ciphertext its output; the term also covers data that is not text, such as images or audio. Data 'stored in plaintext' is stored unencrypted, readable by anyone who can reach it. Technical debates often turn on where plaintext exists: only on users' devices, as with end-to-end encryption, or also on a provider's servers.",
    sources: [wikipedia('Plaintext')],
  },
  {
    id: 'ciphertext',
    explanation:
      'Well-designed encryption produces ciphertext that reveals nothing about the content except, often, its approximate length. A service that stores or relays only ciphertext, as in end-to-end encrypted messaging, has nothing readable to hand over in response to a legal demand for content, though it may still hold metadata.',
    sources: [wikipedia('Ciphertext')],
  },
  {
    id: 'responsible-disclosure',
    explanation:
      "Coordinated, or responsible, disclosure balances two risks: publishing a flaw at once can help attackers, while keeping it secret indefinitely leaves users exposed. Many companies and governments publish vulnerability disclosure policies, and Google's Project Zero popularised a fixed 90-day deadline. The practice is central to the debate over whether intelligence agencies should disclose the vulnerabilities they find.",
    sources: [wikipedia('Responsible disclosure')],
  },
  {
    id: 'encrypted-messaging',
    explanation:
      "Not every service called encrypted is end-to-end encrypted: some encrypt messages only on their way to the provider's servers, or only in optional modes, as with Telegram's 'secret chats'. Encrypted messaging apps are used by billions of people and are the main target of proposals for lawful access and client-side scanning. Several providers have said they would rather leave a country than weaken their encryption to comply with such laws.",
    sources: [wikipedia('End-to-end encryption')],
  },
  {
    id: 'messaging-layer-security',
    explanation:
      "MLS was developed at the IETF with companies and academic cryptographers to provide forward secrecy and recovery from compromised keys efficiently, even in groups of thousands. It matters for policy because the EU's Digital Markets Act requires the largest messaging services to interoperate with others while keeping end-to-end encryption, and shared standards such as MLS are one way to do that.",
    sources: [rfc(9420, 'The Messaging Layer Security (MLS) Protocol')],
  },
  {
    id: 'advanced-data-protection',
    explanation:
      'Apple launched Advanced Data Protection in December 2022; without it, iCloud backups and photos are encrypted with keys Apple holds and can be disclosed under legal process. In February 2025 Apple stopped offering the feature to new users in the United Kingdom, following reports that the UK government had served it with a technical capability notice under the Investigatory Powers Act; Apple said it had never built a backdoor into its products and never would. The case became a test of how far the UK\'s powers reach into encrypted services.',
    sources: [wikipedia('ICloud', 'iCloud')],
  },
  {
    id: 'brute-force-attack',
    explanation:
      "The cost of brute force grows exponentially with key length: each additional bit doubles the work. In 1998 the Electronic Frontier Foundation built a machine, 'Deep Crack', that found a 56-bit DES key in days, showing that the old US standard, and export limits on key length, were too weak. Short phone passcodes are protected instead by hardware that limits and slows guessing, which is what the FBI wanted Apple to switch off in the 2016 San Bernardino case.",
    sources: [wikipedia('Brute-force attack')],
  },
  {
    id: 'photodna',
    explanation:
      'PhotoDNA was developed by Microsoft Research with Hany Farid, then at Dartmouth College, and Microsoft has licensed it free of charge to organisations fighting child exploitation. It finds only material that is already known and hashed, not new material. Platforms have long used it on content they can see; applying such matching inside end-to-end encrypted messaging would require client-side scanning, which is what makes it part of the encryption debate.',
    sources: [wikipedia('PhotoDNA')],
  },
  {
    id: 'safety-number',
    explanation:
      "End-to-end encryption keeps the provider out only if users really hold each other's keys; otherwise a provider, or whoever controls it, could substitute a key and sit in the middle of the conversation. Signal shows a 'safety number' for each conversation and warns when it changes, and WhatsApp offers the same check as a 'security code'. Critics of the GCHQ 'ghost' proposal pointed out that adding a hidden participant would require apps to suppress or falsify exactly this kind of check.",
    sources: [wikipedia('Signal (software)', 'Signal')],
  },
  {
    id: 'false-positive',
    explanation:
      'Every automated detection system trades false positives against false negatives, the cases it misses. Even a very small error rate produces large numbers of wrong flags when applied to billions of messages a day, and each may lead to human review of private content or a report to police. Matching against hashes of known images has low but non-zero error rates, and researchers have shown that matches can be forced deliberately; classifiers that look for new material or grooming generally make more errors. How large these rates would be is a central dispute in the debate over the EU CSA Regulation.',
    sources: [wikipedia('Type I and type II errors')],
  },
  {
    id: 'encrypted-email',
    explanation:
      "Ordinary email is usually protected by TLS on each hop between mail servers, but it is stored readable on the providers' servers, where it can be scanned, breached or handed over under legal process. End-to-end encryption of email, with standards such as OpenPGP or S/MIME or with services that encrypt mail between their own users, keeps the content readable only by sender and recipient, while addresses, timing and often subject lines remain visible as metadata. Because such providers cannot hand over stored mail in readable form, courts have in some cases ordered them instead to capture a specific account's future incoming mail before it is encrypted.",
    sources: [wikipedia('Email encryption')],
  },
  {
    id: 'encrypted-backup',
    explanation:
      "Phones back up messages, photos and settings to cloud services, and those backups can hold everything an end-to-end encrypted chat app protects in transit. If the provider holds the backup key, it can restore the data for a user who loses a phone, and it can also be compelled to hand the data to authorities; if the key stays with the user, as with WhatsApp's optional end-to-end encrypted backups, introduced in 2021, or Apple's Advanced Data Protection, neither is possible. Backups are therefore a common weak point in messaging security and a common target of access demands.",
    sources: [wikipedia('Backup'), wikipedia('ICloud', 'iCloud')],
  },
  {
    id: 'key-management',
    explanation:
      "Encryption is only as strong as the protection of its keys, so key management covers their whole life: creating them from good randomness, storing them safely (for example in hardware security modules or a phone's secure chip), distributing public keys reliably, replacing keys that may be compromised and deleting those no longer needed. In messaging apps it also covers how new devices and backups obtain keys, which is where many designs are weakest. Proposals for exceptional access are in effect proposals about key management: who else may hold or recover a key, and how that copy would be protected.",
    sources: [wikipedia('Key management')],
  },
  {
    id: 'key-transparency',
    explanation:
      "End-to-end encryption depends on each app having the right public key for the person it talks to; a provider, or anyone controlling its servers, that substituted a key could read messages unnoticed unless users compared safety numbers by hand. Key transparency publishes the mapping of accounts to keys in a verifiable log, modelled on Certificate Transparency for web certificates, so that apps and auditors can detect unexpected or inconsistent keys. WhatsApp announced a key transparency system in 2023, Apple made Contact Key Verification for iMessage available the same year, and an IETF working group is standardising the approach. It is often cited as a defence against proposals that would add a hidden participant to conversations.",
    sources: [
      wikipedia('Certificate Transparency'),
      { title: 'Key Transparency (keytrans) working group (IETF)', url: 'https://datatracker.ietf.org/wg/keytrans/about/' },
    ],
  },
  {
    id: 'hardware-security-module',
    explanation:
      'A hardware security module (HSM) keeps keys inside dedicated, certified hardware that signs and decrypts internally and is built to resist extraction, often erasing its secrets when it detects tampering. HSMs protect payment systems, certificate authorities and cloud key services, and phones contain similar secure chips. Some exceptional-access proposals suggest keeping escrowed keys in HSMs, as companies already do for some account-recovery keys; critics answer that the risk lies not only in the hardware but in the people, procedures and volume of requests around it.',
    sources: [wikipedia('Hardware security module')],
  },
  {
    id: 'secret-sharing',
    explanation:
      'In a threshold scheme a key is divided into n shares, any k of which reconstruct it, while fewer than k give no information about it; Adi Shamir and George Blakley published the first such schemes independently in 1979. They protect high-value keys, such as the root keys of certificate authorities, by requiring several custodians to act together. The 1990s Clipper chip split each device key between two government escrow agents, and recent exceptional-access proposals again suggest dividing access keys among agencies or companies. Critics reply that splitting a key limits misuse by any one party but does not remove the risk of a system built to be opened.',
    sources: [wikipedia('Secret sharing'), wikipedia("Shamir's secret sharing")],
  },
  {
    id: 'hacking',
    explanation:
      'In the security sense, hacking means gaining access to systems or data one is not authorised to reach, by exploiting software flaws, misconfigurations or human error such as phishing. It matters to the encryption debate in two ways: encryption and prompt patching protect people against criminal and state hackers, and targeted hacking by police, called lawful hacking or equipment interference, is proposed as a way to read a suspect\'s device without weakening encryption for everyone. Government hacking tools can also escape: exploits stolen from the NSA and published in 2017 were used in the WannaCry ransomware attack, which disrupted hospitals in the UK\'s National Health Service.',
    sources: [wikipedia('Security hacker')],
  },
  {
    id: 'encryption-in-transit',
    explanation:
      "Security descriptions distinguish data in transit, moving between devices and servers, from data at rest, stored on a disk, phone or server. Transport encryption such as TLS protects data in transit from eavesdroppers on the network, but it ends at each server, so the provider can read what passes through; storage encryption protects against stolen disks or devices, but if the provider holds the key it can still decrypt on request. End-to-end encryption differs because only the users' devices hold the keys, which is why a company's statement that data is 'encrypted in transit and at rest' does not by itself say whether it could hand readable copies to a government.",
    sources: [wikipedia('Data at rest'), rfc(8446, 'The Transport Layer Security (TLS) Protocol Version 1.3')],
  },
  {
    id: 'classifier',
    explanation:
      'Hash matching can only find copies of images that have already been identified; a classifier is trained on examples to estimate whether new content belongs to a category, such as previously unseen abuse images, nudity or text that looks like grooming. Its verdict is a probability, so any threshold trades missed material against false alarms, and across the billions of messages sent each day even a small error rate means many innocent messages flagged for human review. The EU\'s proposed regulation on child sexual abuse would allow detection orders covering new material and grooming, which puts the accuracy of classifiers at the centre of that debate.',
    sides: {
      forAccess:
        'Child-protection groups and some governments argue that much abuse material is new and never reaches a hash list, so only classifiers can find it, and that human review before any report limits the harm of errors.',
      forEncryption:
        'Researchers and rights groups argue that classifiers make too many mistakes at the scale of private messaging, exposing innocent photos and conversations to strangers, and that running them on encrypted messages undermines the encryption.',
    },
    sources: [wikipedia('Statistical classification')],
  },
  {
    id: 'hash-list',
    explanation:
      "Hash lists let services find copies of known illegal images without anyone looking at users' other content: each file is reduced to a hash and compared with the list, and only matches are flagged for review. Lists are compiled from material that analysts have verified, by organisations such as the US National Center for Missing & Exploited Children and the UK's Internet Watch Foundation, and shared with platforms; they may hold cryptographic hashes, which catch exact copies, or perceptual hashes, which also catch altered ones. Who controls a list is contested, because neither users nor, in client-side scanning, the app maker can see what its entries represent.",
    sides: {
      forAccess:
        'Supporters say matching against a vetted list of known material is precise, reveals nothing about content that does not match, and has been used for years to remove abuse images from major platforms.',
      forEncryption:
        'Critics say users cannot audit what is on the list, that governments could press for it to be extended to other content, and that perceptual hashes can be made to collide on purpose.',
    },
    sources: [
      { title: 'Internet Watch Foundation (official site)', url: 'https://www.iwf.org.uk/' },
      { title: 'NCMEC (official site)', url: 'https://www.missingkids.org/' },
    ],
  },
  {
    id: 'cryptographic-protocol',
    explanation:
      'Encryption algorithms are building blocks; a protocol specifies how they are combined: how the parties authenticate each other, agree on keys, encrypt and sign messages, and recover when a key is compromised. Many practical attacks target the design or implementation of a protocol rather than the mathematics beneath it. In the policy debate, companies that add scanning or extra participants sometimes say their encryption protocol is untouched, while critics answer that what matters is whether the whole system still keeps content between the intended people.',
    sources: [wikipedia('Cryptographic protocol')],
  },
  {
    id: 'proof-of-concept',
    explanation:
      'Researchers publish proofs of concept to show that a theoretical weakness can be exploited in practice, which often decides whether a vendor treats it as urgent. They are usually deliberately limited, demonstrating the flaw without a ready-made attack, and are normally released after the vendor has been told, under responsible disclosure. In the encryption debate they have been used to test claims about new systems, for example by producing innocent-looking images whose perceptual hashes collide with those of unrelated pictures.',
    sources: [wikipedia('Proof of concept')],
  },
  {
    id: 'account-recovery',
    explanation:
      "For ordinary accounts a provider can reset a forgotten password after checking the user's identity, because it holds the keys to the data. End-to-end encrypted services, such as encrypted cloud backups, are built so that the provider never holds those keys, so recovery has to rest with the user: a recovery key, a long random code created on the user's device and meant to be kept offline, or a recovery contact, a trusted person whose device can help restore access without being able to read the data. If every device, key and contact is lost, nobody can recover the data. The same design that keeps the provider out means it cannot unlock the data for the user or for a court.",
    sources: [wikipedia('ICloud', 'iCloud')],
  },
  {
    id: 'two-factor-authentication',
    explanation:
      'Authentication factors are usually grouped as something you know (a password or PIN), something you have (a phone or a hardware security key) and something you are (a fingerprint or face). Requiring two of them defeats most attacks that rely on stolen or guessed passwords. Codes sent by text message are the weakest common second factor, because criminals can take over a phone number by persuading a carrier to move it to a new SIM card, while authenticator apps, hardware keys and passkeys are stronger. Security agencies widely recommend turning it on for email and other important accounts.',
    sources: [wikipedia('Multi-factor authentication')],
  },
  {
    id: 'one-time-password',
    explanation:
      'One-time passwords are the most common second factor for online accounts and are widely used to approve bank and mobile-money payments. Either the service generates the code and sends it by text message, email or a messaging app, or an authenticator app or token that shares a secret with the service derives a fresh code every 30 seconds or so (the TOTP standard). Because the code itself grants access, criminals try to obtain it by phishing, SIM swapping or malware, which is why payment firms count the security of the channels that carry codes as part of their own.',
    sources: [wikipedia('One-time password'), rfc(6238, 'TOTP: Time-Based One-Time Password Algorithm')],
  },
  {
    id: 'password-manager',
    explanation:
      'Reusing passwords lets one breached website open many accounts; a password manager removes the temptation by generating a different random password for every site and filling it in automatically, which also helps against phishing because it will not fill a password on a look-alike address. Most encrypt the vault on the user\'s device before syncing it, so that the provider stores only ciphertext, the same design as end-to-end encrypted backups. The risk is concentrated: a weak master password or a compromised device exposes everything in the vault, which is why password managers are usually combined with two-factor authentication.',
    sources: [wikipedia('Password manager')],
  },
  {
    id: 'passkey',
    explanation:
      "Passkeys build on the FIDO2 and WebAuthn standards of the FIDO Alliance and the W3C. At sign-up the device creates a public and private key pair: the site stores only the public key, and at each login the device proves that it holds the private key by signing a challenge, after the user unlocks it locally. Because nothing secret is sent to or stored by the site, a breach of its database reveals no usable credentials, and because each passkey is bound to the site's address, a look-alike phishing site cannot use it. Major platforms began supporting passkeys in 2022, and many sync them between a user's devices through an end-to-end encrypted keychain or password manager.",
    sources: [wikipedia('WebAuthn'), { title: 'Web Authentication (W3C Recommendation)', url: 'https://www.w3.org/TR/webauthn/' }],
  },
  {
    id: 'digital-forensics',
    explanation:
      "Digital forensic examiners copy and analyse data from seized devices in a way that can be relied on in court: messages, photos, location history, deleted files and the traces apps leave behind. Since smartphones began encrypting their storage by default in the mid-2010s, getting at that data often depends on the passcode, on commercial tools that exploit security flaws to unlock phones, or on copies held elsewhere, such as unencrypted cloud backups. Law enforcement cites locked devices as part of 'going dark'; critics answer that forensic tools, cloud data and metadata give investigators more evidence than ever.",
    sources: [wikipedia('Digital forensics'), wikipedia('Mobile device forensics')],
  },
  {
    id: 'zero-trust',
    explanation:
      'Traditional network security treated everything inside the corporate firewall as trusted, so attackers who got in, through a phishing email or a stolen password, could move freely. Zero trust assumes the network may already be compromised: every request is authenticated, limited to what it needs and encrypted, wherever it comes from. The US National Institute of Standards and Technology described the approach in Special Publication 800-207 in 2020, and US federal agencies were directed to adopt it in 2021 and 2022; the term is also widely used in marketing.',
    sources: [
      wikipedia('Zero trust security model'),
      { title: 'NIST SP 800-207: Zero Trust Architecture', url: 'https://doi.org/10.6028/NIST.SP.800-207' },
    ],
  },
  {
    id: 'digital-fingerprint',
    explanation:
      "The output of a hash function is called a fingerprint or digest because, like a person's fingerprint, it is small and practically unique to what it was computed from: changing one character of a message gives a completely different value, and the value cannot be turned back into the message. Fingerprints let people check that a file has not been altered or that they hold the right public key, as with the key fingerprints and safety numbers of messaging apps. They also let a service recognise content it already knows without reading it, which puts them at the centre of two debates: scanning for known abuse images by comparing perceptual fingerprints, and traceability rules, under which an encrypted messaging service would keep a fingerprint of every message so that the first sender of a flagged message could be identified.",
    sources: [wikipedia('Fingerprint (computing)'), wikipedia('Public key fingerprint')],
  },
  {
    id: 'key-recovery',
    explanation:
      "Organisations use key recovery so that data encrypted by an employee who leaves, or who loses a key, is not lost for good, and many business encryption products offer it. In the late 1990s the US government promoted 'key recovery' as the successor to the Clipper chip's key escrow: from 1996, companies could get licences to export stronger encryption for a limited period if they committed to building key recovery into their products. The 1997 report 'The Risks of Key Recovery, Key Escrow, and Trusted Third-Party Encryption', by leading cryptographers, argued that any recovery path open to outsiders adds risk, complexity and cost. The contested question is who can trigger recovery: the user alone, the organisation that owns the data, or an outside party under legal compulsion.",
    sides: {
      forAccess:
        'Supporters argue that recoverable keys let businesses meet their legal and audit duties and let courts obtain evidence under warrant, without any ban on strong encryption.',
      forEncryption:
        'Critics argue that a recovery path usable by third parties is one more target for attackers and insiders, and that opening it to governments turns a business convenience into a systemic weakness.',
    },
    sources: [wikipedia('Key escrow')],
  },
  {
    id: 'bring-your-own-key',
    explanation:
      "Cloud providers encrypt the data they store, usually with keys they generate and manage themselves. With bring your own key, the customer generates the keys in its own systems, often a hardware security module, and imports them into the provider's key management service; it can then control their lifetime and revoke them, which leaves the data unreadable. Because the keys are held in the provider's service while in use, the provider could still technically decrypt the data, and so could be compelled to. 'Hold your own key' arrangements go further by keeping the keys outside the provider.",
    sources: [wikipedia('Key management')],
  },
  {
    id: 'hold-your-own-key',
    explanation:
      "Hold your own key goes a step beyond bring your own key: the keys are kept in hardware or a key service that the customer runs, outside the cloud provider. Depending on the design, the provider never holds the key needed to read the data, or must ask the customer's key service each time, and the customer can refuse. A provider served with a legal demand then cannot hand over readable data on its own, so authorities have to approach the customer directly. The cost is that provider features which must read the data, such as search or indexing, do not work on it.",
    sources: [wikipedia('Key management')],
  },
  {
    id: 'fips-140',
    explanation:
      'Federal Information Processing Standard 140 sets security requirements, at four increasing levels, for the hardware and software modules that perform encryption, from the correct use of approved algorithms up to physical tamper resistance. Vendors have their modules tested by accredited laboratories under the Cryptographic Module Validation Program, run by the US National Institute of Standards and Technology with the Canadian Centre for Cyber Security; US federal agencies, and many regulated buyers elsewhere, require a validated module. FIPS 140-2 was published in 2001; FIPS 140-3, which aligns the requirements with the international standard ISO/IEC 19790, took effect in 2019 and has gradually replaced it. Validation shows that a product implements approved cryptography correctly, not who can obtain its keys.',
    sources: [wikipedia('FIPS 140-3'), wikipedia('FIPS 140-2')],
  },
  {
    id: 'phishing',
    explanation:
      "Phishing is one of the commonest ways accounts are taken over: a message imitating a bank, employer or service leads to a look-alike login page, or carries a malicious attachment. Spear phishing aims a tailored message at a particular person. Encryption does not stop it, because the attacker then acts with the victim's own credentials: someone who phishes the password of a cloud account can read any backups there that are not end-to-end encrypted. Two-factor authentication reduces the risk, and passkeys and hardware security keys resist phishing because they only work with the genuine site's address.",
    sources: [wikipedia('Phishing')],
  },
  {
    id: 'rich-communication-services',
    explanation:
      "RCS is specified by the GSMA, the mobile industry's association, and is carried by operators or by Google's servers. Google's Messages app added end-to-end encryption, based on the Signal Protocol, for RCS chats between its own users, and Apple began supporting RCS in iOS 18 in 2024, at first without end-to-end encryption between iPhones and Android phones. In 2025 the GSMA published a version of the standard with end-to-end encryption based on Messaging Layer Security, meant to work across different apps. Because RCS replaces SMS, which operators can read and intercept at the network, its encryption brings ordinary text messaging into the encryption debate.",
    sources: [wikipedia('Rich Communication Services')],
  },
  {
    id: 'passcode',
    explanation:
      "Modern smartphones combine the passcode with a secret built into the device's hardware to derive the key that encrypts their storage, so the data cannot simply be copied off and read elsewhere. A security chip limits how quickly guesses can be made and can be set to erase the data after repeated failures, which makes even short passcodes hard to break by brute force. Investigators therefore use forensic tools that exploit software flaws, ask suspects for the code, or seek court orders compelling them to give it; courts in several countries have divided over whether such orders breach the right against self-incrimination. In 2016 the FBI sought to make Apple write software that would disable these protections on an iPhone used by one of the San Bernardino attackers, and dropped the case after finding another way in.",
    sources: [wikipedia('Password'), wikipedia('Apple–FBI encryption dispute')],
  },
  {
    id: 'over-the-top-service',
    explanation:
      "Telecoms regulators and operators call internet services that run 'over the top' of mobile and broadband networks OTT services: messaging and calling apps such as WhatsApp, Signal and Telegram, and video streaming. Because they are not licensed like operators, they long fell outside the rules that oblige operators to support lawful interception. Several governments, particularly in Africa and Asia, have proposed or adopted rules to license OTT providers, tax them, or require them to be able to hand over communications, which for end-to-end encrypted apps raises the same questions as other access demands. In EU law, most such messaging services are classed as number-independent interpersonal communications services.",
    sources: [
      wikipedia('Over-the-top media service'),
      { title: 'Directive (EU) 2018/1972, European Electronic Communications Code (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/dir/2018/1972/oj' },
    ],
  },
  {
    id: 'disappearing-messages',
    explanation:
      'Signal, WhatsApp and other messengers let users set a timer after which messages are erased from every device in the conversation, and some can switch it on by default for new chats. The feature protects people whose phones may be lost, stolen or seized, such as journalists, activists or people leaving abusive partners, although it cannot stop a recipient from taking a screenshot or photographing the screen. Investigators point out that it also removes evidence, and financial regulators have fined firms whose staff discussed business on messaging apps outside the records they were required to keep.',
    sources: [wikipedia('Signal (software)'), wikipedia('WhatsApp')],
  },
  {
    id: 'ip-address',
    explanation:
      "Every device that communicates over the internet uses an Internet Protocol address, assigned by its internet provider or network, so that data can be routed to it. Because an address can often be linked to a subscriber, police routinely ask online services for the addresses used to log in to an account, and then ask the internet provider who was using that address at the time. Encrypted services that hold no readable messages can usually still supply such records if they keep them; some privacy-focused services log as little as possible. VPNs and Tor hide a user's address from the sites and services they use.",
    sources: [wikipedia('IP address')],
  },
  {
    id: 'sim-swap',
    explanation:
      'Fraudsters usually impersonate the victim, or bribe or deceive operator staff, to have the number transferred. Once they control it they can receive one-time passcodes sent by text message and take over bank, email, messaging or cryptocurrency accounts. The fraud is one reason security experts recommend authenticator apps, passkeys or hardware security keys over text-message codes, and why messaging apps such as Signal and WhatsApp offer a PIN that must be entered when an account is registered on a new phone. Operators in several countries have tightened identity checks for replacement SIM cards.',
    sources: [wikipedia('SIM swap scam')],
  },
  {
    id: 'attack-surface',
    explanation:
      'Security engineers try to keep the attack surface small, because every extra component, interface or copy of data is one more thing that can be flawed or misused. In the encryption debate, critics of exceptional access argue that any mechanism allowing third parties to decrypt, with its keys, staff and request procedures, enlarges the attack surface of systems used by everyone. Supporters reply that providers already run and protect sensitive systems of this kind, such as software updates and account recovery.',
    sources: [wikipedia('Attack surface')],
  },
  {
    id: 'firmware',
    explanation:
      'Firmware controls hardware directly and is updated less often than apps, usually through updates signed by the manufacturer so that the device accepts only genuine ones. That signing is why, in the 2016 San Bernardino case, the FBI asked Apple to write and sign special software for one iPhone: the phone would not run code that Apple had not signed. Security researchers regularly find flaws in the firmware of routers, phones and other devices, and a compromised update mechanism can give attackers control of many devices at once.',
    sources: [wikipedia('Firmware')],
  },
  {
    id: 'secret-chat',
    explanation:
      "Telegram's ordinary 'cloud chats' are encrypted in transit and stored on the company's servers, where Telegram can technically read them; its Secret Chats, available only between two people, are end-to-end encrypted and kept on the users' devices. South Korea's KakaoTalk added a similar secret chat mode in 2014, and Facebook Messenger offered 'secret conversations' before it made end-to-end encryption the default. Critics of opt-in designs note that few people switch them on, so most conversations stay readable by the provider and reachable with legal orders; investigators say criminals seek out the encrypted mode.",
    sources: [wikipedia('Telegram (software)'), wikipedia('KakaoTalk')],
  },
  {
    id: 'sms',
    explanation:
      "SMS was developed for GSM mobile networks in the 1980s and early 1990s and carries short text messages through the operator's systems. Any encryption covers at most the radio link between phone and mast, so operators can store and read messages and hand them over under lawful interception rules. Login codes sent by SMS can be stolen through SIM swaps or through weaknesses in the SS7 signalling network that connects operators. RCS, its successor on many phones, supports end-to-end encryption in some implementations.",
    sources: [wikipedia('SMS')],
  },
  {
    id: 'mobile-money',
    explanation:
      "Mobile money spread first in East Africa after Safaricom launched M-Pesa in Kenya in 2007, and is now widely used across Africa, South Asia and elsewhere, alongside app-based e-wallets. Because accounts are tied to phone numbers, fraud often involves SIM swaps, impersonation and instructions passed on messaging apps, which police cite when they ask for access to encrypted communications. Providers and financial firms, for their part, rely on encryption to secure transactions and warn that weakening it would put customers' money at risk.",
    sources: [wikipedia('M-Pesa'), wikipedia('Mobile payment')],
  },
  {
    id: 'cryptocurrency',
    explanation:
      'Holders of a cryptocurrency control their funds with private keys: whoever holds the key can sign a transfer, and transactions are recorded on a public blockchain that anyone can inspect. Lost keys usually mean lost funds, which is why wallets offer recovery phrases. Investigators can often trace payments on public ledgers, but ransomware gangs, scammers and darknet markets use cryptocurrency to move money across borders, and governments have extended anti-money-laundering rules to exchanges.',
    sources: [wikipedia('Cryptocurrency')],
  },
  {
    id: 'targeted-update',
    explanation:
      "Apps and operating systems install signed updates from their maker automatically, which is how security flaws get fixed. Because the maker can choose which devices receive an update, it could in principle send a modified version to a single suspect, for example one that copies messages before they are encrypted or reveals the keys. Some governments and investigators present this as a targeted alternative to weakening encryption for everyone. Security researchers warn that it would turn the update channel, one of users' most important defences, into a means of attack, and that people who learn updates can be used against them may stop installing them.",
    sides: {
      forAccess:
        "Supporters say that an update aimed at one named suspect and ordered by a court leaves everyone else's encryption untouched, and is more proportionate than building access into a whole service.",
      forEncryption:
        'Critics say it undermines trust in automatic security updates, obliges providers to build and guard a tool that could be abused or stolen, and is a backdoor delivered by another route.',
    },
    sources: [wikipedia('Patch (computing)'), wikipedia('Apple–FBI encryption dispute')],
  },
  {
    id: 'key-exchange',
    explanation:
      "Published by Whitfield Diffie and Martin Hellman in 1976, Diffie-Hellman key exchange lets two parties each combine a private value with the other's public value to arrive at the same secret, which an eavesdropper cannot compute. Modern protocols such as TLS 1.3 and the Signal Protocol run fresh key exchanges for each session or even each message, which gives forward secrecy. Because a large enough quantum computer could break today's key exchanges, standards bodies are adding post-quantum mechanisms such as ML-KEM, often combined with a classical exchange.",
    sources: [wikipedia('Key exchange'), wikipedia('Diffie–Hellman key exchange')],
  },
  {
    id: 'message-scanning',
    explanation:
      "Many platforms already scan unencrypted content on their servers for known child sexual abuse material, usually with hash-matching tools such as PhotoDNA, and report matches, in the US to NCMEC; an EU interim regulation allows such voluntary detection in messaging services. Proposals to make scanning compulsory, including the EU's CSA Regulation and similar bills elsewhere, raise the question of end-to-end encrypted services, where the provider cannot see content and scanning would have to be built into users' apps (client-side scanning). Classifiers that look for new material or for grooming make more errors than matching known images.",
    sides: {
      forAccess:
        'Supporters, including child-protection groups and police, say scanning finds abuse that would otherwise go unseen, that matching known images is precise, and that services should not be exempt from it because they encrypt.',
      forEncryption:
        'Critics, including security researchers and digital rights groups, say that scanning every private message is mass surveillance, that scanning on the device undermines end-to-end encryption, and that false positives and function creep cannot be avoided.',
    },
    sources: [
      { title: 'Regulation (EU) 2021/1232, interim derogation (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2021/1232/oj' },
      { title: 'Proposal COM(2022) 209 for a CSA Regulation (EUR-Lex)', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52022PC0209' },
    ],
  },
  {
    id: 'zero-knowledge',
    explanation:
      "Password managers and cloud storage services call themselves 'zero-knowledge' or 'zero-access' when data is encrypted on the customer's device with keys the provider never receives, so that a breach of the provider, or a demand from the authorities, yields only ciphertext and account metadata. The marketing use borrows the name of zero-knowledge proofs, a cryptographic technique introduced in the 1980s that lets one party prove something, such as knowing a password, without disclosing it. Rules requiring providers to hand over readable data or keep copies of keys would oblige zero-knowledge services to change their design.",
    sources: [wikipedia('Zero-knowledge proof')],
  },
  {
    id: 'interoperability',
    explanation:
      "Under Article 7 of the Digital Markets Act, the messaging services of designated gatekeepers, such as WhatsApp and Messenger, must on request open basic features, starting with one-to-one text messages and files, to other providers, while preserving the level of security, including end-to-end encryption. Engineers and standards bodies have worked on how encrypted messages can pass between apps, for example with the IETF's Messaging Layer Security protocol. Some security experts warn that interoperability makes end-to-end guarantees harder to keep and verify; supporters say it reduces the lock-in of the largest networks and can be done securely.",
    sources: [
      { title: 'Regulation (EU) 2022/1925, Digital Markets Act (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2022/1925/oj' },
      wikipedia('Interoperability'),
    ],
  },
  {
    id: 'signal-jammer',
    explanation:
      "Jammers overwhelm the radio frequencies that phones use to talk to base stations, so calls, messages and data stop working nearby. Because they also block emergency calls and can disrupt neighbours, many countries restrict their use to authorised bodies such as prisons and security services. Where gangs run extortion or fraud from prison with smuggled phones, officials often propose jammers or phone detection as an alternative, or a complement, to powers to read encrypted messages; prison authorities report that jammers are expensive and easily outdated by new networks.",
    sources: [{ title: 'Mobile phone jammer (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Mobile_phone_jammer' }],
  },
];
