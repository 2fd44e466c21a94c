import type { TermDetails } from '../schema';

export const ACTORS_DETAILS: TermDetails[] = [
  {
    id: 'enisa',
    explanation:
      'ENISA was created in 2004 as the European Network and Information Security Agency and is now called the European Union Agency for Cybersecurity; the EU Cybersecurity Act of 2019 gave it a permanent mandate. It advises EU institutions and member states, supports cooperation on cyber incidents and helps build EU cybersecurity certification schemes. In the encryption debate it has argued that backdoors in encrypted services would damage security for citizens and industry.',
    sources: [{ title: 'ENISA (official site)', url: 'https://www.enisa.europa.eu/' }],
  },
  {
    id: 'europol',
    explanation:
      'Europol, formally the European Union Agency for Law Enforcement Cooperation, is headquartered in The Hague and supports member states\' police forces against serious international crime and terrorism. It hosts the European Cybercrime Centre (EC3), set up in 2013, and publishes threat assessments on internet-organised crime. Europol and European police chiefs have repeatedly said that end-to-end encryption hinders their access to evidence and have called for lawful access solutions.',
    sources: [{ title: 'Europol (official site)', url: 'https://www.europol.europa.eu/' }],
  },
  {
    id: 'european-commission',
    explanation:
      'The European Commission is the executive of the European Union, made up of one commissioner per member state. It has the sole right to propose most EU legislation, which the European Parliament and the Council of the EU then amend and adopt, and it oversees how EU law is applied. In encryption policy it proposed the 2022 regulation on child sexual abuse known as "Chat Control" and has worked on law enforcement access to data.',
    sources: [{ title: 'European Commission (Wikipedia)', url: 'https://en.wikipedia.org/wiki/European_Commission' }],
  },
  {
    id: 'fbi',
    explanation:
      'The Federal Bureau of Investigation, founded in 1908, is the main federal law enforcement agency in the US and part of the Department of Justice. Its leaders have for years described a "going dark" problem, in which encryption keeps investigators from reading communications or unlocking devices even with a warrant. In 2016 it sought a court order under the All Writs Act to make Apple help unlock an iPhone used by a San Bernardino attacker, a case it dropped once another way into the phone was found.',
    sources: [{ title: 'FBI (official site)', url: 'https://www.fbi.gov/' }],
  },
  {
    id: 'nsa',
    explanation:
      'The National Security Agency, created in 1952, collects and analyses foreign signals intelligence and is also responsible for protecting US national security systems. Documents leaked by Edward Snowden in 2013 described large-scale collection programmes and an effort, reported under the name Bullrun, to defeat or weaken encryption, including through influence over standards. Its dual role, breaking codes and securing them, is central to arguments about whether governments can be trusted with exceptional access.',
    sources: [{ title: 'NSA (official site)', url: 'https://www.nsa.gov/' }],
  },
  {
    id: 'gchq',
    explanation:
      'Government Communications Headquarters is the UK\'s signals intelligence agency, descended from the Government Code and Cypher School set up in 1919 and now based in Cheltenham. It works closely with the NSA within the Five Eyes alliance, and the National Cyber Security Centre is part of it. In 2018 two senior officials, Ian Levy and Crispin Robinson, published the so-called ghost proposal, suggesting providers could silently add a law enforcement participant to encrypted chats.',
    sources: [{ title: 'GCHQ (official site)', url: 'https://www.gchq.gov.uk/' }],
  },
  {
    id: 'five-eyes',
    explanation:
      'The Five Eyes alliance grew out of the 1946 UKUSA Agreement between Britain and the US and was later joined by Canada, Australia and New Zealand. The five countries share signals intelligence closely. Their ministers have issued joint statements on encryption, including a 2018 statement of principles on access to evidence and a 2020 international statement, also signed by India and Japan, calling on tech companies to allow lawful access to end-to-end encrypted content.',
    sources: [{ title: 'Five Eyes (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Five_Eyes' }],
  },
  {
    id: 'home-office',
    explanation:
      'The Home Office is the UK ministry for policing, national security, counter-terrorism and immigration, led by the Home Secretary. It is responsible for the Investigatory Powers Act 2016, and the Home Secretary issues many of the warrants and technical capability notices under it, subject to approval by a Judicial Commissioner. It has repeatedly urged Meta and other firms not to introduce end-to-end encryption on their messaging services without measures to protect children.',
    sources: [{ title: 'Home Office (GOV.UK)', url: 'https://www.gov.uk/government/organisations/home-office' }],
  },
  {
    id: 'eff',
    explanation:
      'The Electronic Frontier Foundation was founded in 1990 and is based in San Francisco. During the 1990s crypto wars it backed the Bernstein case challenging US export controls on encryption software and built a machine that showed the DES cipher could be broken by brute force. It opposes encryption backdoors, client-side scanning mandates and mass surveillance, and develops privacy and security tools.',
    sources: [{ title: 'Electronic Frontier Foundation (official site)', url: 'https://www.eff.org/' }],
  },
  {
    id: 'edri',
    explanation:
      'European Digital Rights (EDRi) is an association of civil and human rights organisations from across Europe, founded in 2002 and headquartered in Brussels. It advocates on EU data protection, surveillance and platform laws. It has been one of the leading opponents of the proposed CSA Regulation, arguing that mandatory scanning of private messages would undermine encryption and amount to mass surveillance.',
    sources: [{ title: 'EDRi (official site)', url: 'https://edri.org/' }],
  },
  {
    id: 'open-rights-group',
    explanation:
      'Open Rights Group is a UK organisation founded in 2005 that campaigns on privacy, free expression and data protection online. It opposed the Investigatory Powers Act 2016 and argued that the Online Safety Act\'s powers to require scanning of private messages threaten end-to-end encryption.',
    sources: [{ title: 'Open Rights Group (official site)', url: 'https://www.openrightsgroup.org/' }],
  },
  {
    id: 'signal',
    explanation:
      'Signal is a free messaging and calling app whose Signal Protocol provides end-to-end encryption and is also used in WhatsApp and other apps. Since 2018 it has been run by the non-profit Signal Foundation. It is designed to keep as little data about its users as possible, so it has little to hand over when served with legal demands. Signal has said it would stop operating in a country rather than comply with a law forcing it to weaken its encryption, a stance it took during the debates on the UK Online Safety Bill and the EU CSA Regulation.',
    sources: [
      { title: 'Signal (official site)', url: 'https://signal.org/' },
      { title: 'Signal (software) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Signal_(software)' },
    ],
  },
  {
    id: 'whatsapp',
    explanation:
      'WhatsApp was founded in 2009 and bought by Facebook, now Meta, in 2014. In April 2016 it completed the rollout of end-to-end encryption by default for all users, using the Signal Protocol, making it the largest end-to-end encrypted messenger. WhatsApp said it would not weaken its encryption to comply with the UK Online Safety Bill, and it has opposed scanning mandates in the EU.',
    sources: [
      { title: 'WhatsApp (official site)', url: 'https://www.whatsapp.com/' },
      { title: 'WhatsApp (Wikipedia)', url: 'https://en.wikipedia.org/wiki/WhatsApp' },
    ],
  },
  {
    id: 'apple',
    explanation:
      'Apple has made device encryption the default on iPhones since iOS 8 in 2014, which means it cannot itself unlock a passcode-protected phone. In 2016 it refused to comply with a court order, sought by the FBI under the All Writs Act, to build software to help unlock a San Bernardino attacker\'s iPhone. In 2021 it announced a system to detect known child abuse images in iCloud Photos, then dropped it in December 2022 after criticism, the same month it launched Advanced Data Protection, end-to-end encryption for most iCloud data. In February 2025 it withdrew Advanced Data Protection for UK users after reports of a UK government demand for access.',
    sources: [{ title: 'Apple Inc. (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Apple_Inc.' }],
  },
  {
    id: 'ofcom',
    explanation:
      'Ofcom is the UK regulator for broadcasting, telecoms and postal services, and under the Online Safety Act 2023 it is also the regulator for online safety. It writes codes of practice that services follow to meet their duties, and can fine companies up to 10% of qualifying worldwide revenue. The Act lets Ofcom, under conditions, require a service to use accredited technology to detect child sexual abuse material, a power that encrypted messaging companies have strongly opposed.',
    sources: [{ title: 'Ofcom (official site)', url: 'https://www.ofcom.org.uk/' }],
  },
  {
    id: 'european-parliament',
    explanation:
      'The European Parliament is the EU\'s directly elected legislature, which amends and adopts most EU laws jointly with the Council of the EU. In November 2023 it adopted its position on the proposed CSA Regulation, limiting detection orders to people suspected of links to abuse and excluding end-to-end encrypted communications from scanning.',
    sources: [{ title: 'European Parliament (official site)', url: 'https://www.europarl.europa.eu/' }],
  },
  {
    id: 'council-of-the-eu',
    explanation:
      'The Council of the European Union brings together ministers of the member states to negotiate and adopt EU laws with the European Parliament, under a presidency that rotates every six months. It is distinct from the European Council of heads of government. On the proposed CSA Regulation, member states were long divided over whether detection orders should cover encrypted messaging, which held up its position for years.',
    sources: [{ title: 'Council of the EU (official site)', url: 'https://www.consilium.europa.eu/' }],
  },
  {
    id: 'edps',
    explanation:
      'The European Data Protection Supervisor is the EU\'s independent data protection authority, supervising how EU institutions and agencies such as Europol handle personal data and advising on new laws that affect privacy. In a joint opinion with the European Data Protection Board in 2022, it warned that the proposed CSA Regulation could lead to generalised scanning of communications and weaken encryption.',
    sources: [{ title: 'EDPS (official site)', url: 'https://www.edps.europa.eu/' }],
  },
  {
    id: 'edpb',
    explanation:
      'The European Data Protection Board was set up by the GDPR in May 2018, replacing the Article 29 Working Party, and brings together the national data protection authorities and the EDPS. It issues guidelines and binding decisions to make sure the GDPR is applied the same way across the EU, and opinions on proposed laws such as the CSA Regulation.',
    sources: [{ title: 'EDPB (official site)', url: 'https://www.edpb.europa.eu/' }],
  },
  {
    id: 'ico',
    explanation:
      'The Information Commissioner\'s Office is the UK\'s independent regulator for data protection and freedom of information, headed by the Information Commissioner. It enforces the UK GDPR and the Data Protection Act 2018 and publishes guidance recommending encryption as a security measure. It has spoken in favour of end-to-end encryption as a way of keeping people, including children, safe online.',
    sources: [{ title: 'ICO (official site)', url: 'https://ico.org.uk/' }],
  },
  {
    id: 'meta',
    explanation:
      'Meta Platforms, renamed from Facebook in October 2021, owns Facebook, Instagram, Messenger and WhatsApp. In December 2023 it began making end-to-end encryption the default for personal chats and calls on Messenger. Governments, police and child-protection groups had urged it not to, saying it would hide abuse from detection and reduce reports to authorities, while privacy advocates welcomed the move.',
    sources: [{ title: 'Meta Platforms (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Meta_Platforms' }],
  },
  {
    id: 'telegram',
    explanation:
      'Telegram was founded in 2013 by Pavel and Nikolai Durov and is popular for large groups and public channels. Its standard chats are encrypted between the app and Telegram\'s servers but not end to end; end-to-end encryption, using its own MTProto protocol, is available only in optional one-to-one "secret chats". News reports often call it an encrypted app, which security experts say is misleading. In August 2024 French authorities detained Pavel Durov as part of an investigation into crimes on the platform.',
    sources: [{ title: 'Telegram (official site)', url: 'https://telegram.org/' }],
  },
  {
    id: 'privacy-international',
    explanation:
      'Privacy International is a UK-registered charity founded in 1990 that researches and litigates against surveillance by governments and companies. It has brought cases before the UK Investigatory Powers Tribunal, the European Court of Human Rights and the Court of Justice of the EU, including challenges to bulk data collection and government hacking.',
    sources: [{ title: 'Privacy International (official site)', url: 'https://privacyinternational.org/' }],
  },
  {
    id: 'aclu',
    explanation:
      'The American Civil Liberties Union, founded in 1920, defends rights under the US Constitution through litigation and advocacy. After the 2013 Snowden disclosures it challenged the NSA\'s bulk collection of phone records, and in 2015 a federal appeals court ruled that the programme went beyond what the Patriot Act allowed. It supports strong encryption and opposes warrantless surveillance under Section 702.',
    sources: [{ title: 'ACLU (official site)', url: 'https://www.aclu.org/' }],
  },
  {
    id: 'internet-society',
    explanation:
      'The Internet Society (ISOC) was founded in 1992 to support the open development of the internet, and it is the organisational home of the Internet Engineering Task Force, which writes core internet standards. It argues that strong encryption is essential to a trustworthy internet, and in 2020 it helped found the Global Encryption Coalition with other civil society groups.',
    sources: [{ title: 'Internet Society (official site)', url: 'https://www.internetsociety.org/' }],
  },
  {
    id: 'ncmec',
    explanation:
      'The National Center for Missing & Exploited Children is a US non-profit founded in 1984. Its CyberTipline receives reports of suspected child sexual exploitation, and US law requires online providers that become aware of apparent child sexual abuse material on their services to report it there. Most reports come from large platforms, so NCMEC has warned that end-to-end encryption by default will sharply reduce the reports it receives.',
    sources: [{ title: 'NCMEC (official site)', url: 'https://www.missingkids.org/' }],
  },
  {
    id: 'iwf',
    explanation:
      'The Internet Watch Foundation is a UK charity founded in 1996 that finds, assesses and works to remove images and videos of child sexual abuse online, and takes reports from the public. It provides industry members with lists of web addresses and hashes of known abuse images so they can block or detect them. It has supported legal measures requiring detection in encrypted services.',
    sources: [{ title: 'Internet Watch Foundation (official site)', url: 'https://www.iwf.org.uk/' }],
  },
  {
    id: 'nspcc',
    explanation:
      'The National Society for the Prevention of Cruelty to Children, whose roots go back to 1884, is a leading UK children\'s charity that runs the Childline helpline. It campaigned for the Online Safety Act and has argued that end-to-end encryption on social media messaging, without safeguards, makes it harder to detect grooming and abuse.',
    sources: [{ title: 'NSPCC (official site)', url: 'https://www.nspcc.org.uk/' }],
  },
  {
    id: 'department-of-justice',
    explanation:
      'The US Department of Justice, established in 1870 and headed by the Attorney General, includes the FBI and federal prosecutors. It has argued for years that tech companies should build in lawful access to encrypted devices and messages. In 2019 the US Attorney General, with ministers from the UK and Australia, wrote to Facebook asking it not to go ahead with end-to-end encryption across its messaging services without a way for authorities to access content.',
    sources: [{ title: 'US Department of Justice (official site)', url: 'https://www.justice.gov/' }],
  },
  {
    id: 'asio',
    explanation:
      'The Australian Security Intelligence Organisation, founded in 1949, is Australia\'s domestic security intelligence service, responsible for countering terrorism, espionage and foreign interference. It is one of the agencies that can use the technical assistance and capability powers of the Assistance and Access Act 2018, and its leadership has publicly called on messaging companies to give access to encrypted communications under warrant.',
    sources: [{ title: 'ASIO (official site)', url: 'https://www.asio.gov.au/' }],
  },
  {
    id: 'ncsc',
    explanation:
      'The UK\'s National Cyber Security Centre was launched in October 2016 as part of GCHQ to give cyber security advice and respond to major incidents. Its former technical director, Ian Levy, co-wrote the 2018 ghost proposal on exceptional access with GCHQ\'s Crispin Robinson. Other countries, such as Ireland and the Netherlands, have their own agencies called NCSC.',
    sources: [{ title: 'National Cyber Security Centre (official site)', url: 'https://www.ncsc.gov.uk/' }],
  },
  {
    id: 'european-court-of-human-rights',
    explanation:
      'The European Court of Human Rights in Strasbourg hears cases against the member states of the Council of Europe, a wider group than the EU, under the European Convention on Human Rights. Its surveillance rulings include Big Brother Watch and Others v. the United Kingdom (2021), on bulk interception, and Podchasov v. Russia (2024), in which it found that requiring a messaging service to help decrypt end-to-end encrypted messages violated the right to private life.',
    sources: [{ title: 'European Court of Human Rights (official site)', url: 'https://www.echr.coe.int/' }],
  },
  {
    id: 'cjeu',
    explanation:
      'The Court of Justice of the European Union in Luxembourg interprets EU law and can annul EU acts that breach the EU Charter of Fundamental Rights. In Digital Rights Ireland (2014) it invalidated the Data Retention Directive, and in later cases such as Tele2 Sverige (2016) and La Quadrature du Net (2020) it held that general and indiscriminate retention of traffic and location data is allowed only in narrow circumstances such as a serious threat to national security.',
    sources: [{ title: 'Court of Justice of the EU (official site)', url: 'https://curia.europa.eu/' }],
  },
  {
    id: 'cisa',
    explanation:
      'The Cybersecurity and Infrastructure Security Agency was created in 2018 within the US Department of Homeland Security to protect federal civilian networks and help secure critical infrastructure. After reports in 2024 that a state-backed group called Salt Typhoon had broken into US telecom networks, CISA published guidance in December 2024 recommending that highly targeted people, such as senior officials, use end-to-end encrypted messaging apps.',
    sources: [{ title: 'CISA (official site)', url: 'https://www.cisa.gov/' }],
  },
  {
    id: 'nist',
    explanation:
      'The National Institute of Standards and Technology, founded in 1901, publishes the cryptographic standards used by the US government and widely adopted elsewhere, including AES (2001) and, in August 2024, its first post-quantum cryptography standards. After the 2013 Snowden documents suggested the NSA had influenced the Dual_EC_DRBG random number generator, NIST advised against using it in 2014 and removed it from its guidelines, and reviewed how it develops standards.',
    sources: [{ title: 'NIST (official site)', url: 'https://www.nist.gov/' }],
  },
  {
    id: 'big-brother-watch',
    explanation:
      'Big Brother Watch is a UK civil liberties and privacy campaign group founded in 2009. Together with other organisations and journalists it challenged the UK\'s bulk interception regime after the Snowden disclosures; in 2021 the Grand Chamber of the European Court of Human Rights found that the regime under the Regulation of Investigatory Powers Act 2000 violated the rights to privacy and freedom of expression.',
    sources: [{ title: 'Big Brother Watch (official site)', url: 'https://bigbrotherwatch.org.uk/' }],
  },
  {
    id: 'investigatory-powers-commissioner',
    explanation:
      'The Investigatory Powers Commissioner\'s Office (IPCO) was set up under the Investigatory Powers Act 2016 and began work in 2017. The Commissioner and the Judicial Commissioners, who are serving or retired senior judges, review and approve most warrants and technical capability notices before they take effect (the double lock), inspect the bodies that use the powers, and publish an annual report.',
    sources: [{ title: 'IPCO (official site)', url: 'https://www.ipco.org.uk/' }],
  },
  {
    id: 'investigatory-powers-tribunal',
    explanation:
      'The Investigatory Powers Tribunal was set up under the Regulation of Investigatory Powers Act 2000. It investigates complaints from people who believe they have been unlawfully placed under surveillance by public bodies, and it is the forum for human rights claims against the UK intelligence agencies. Much of its work happens in closed hearings, though it has held public hearings in major cases brought by rights groups. In 2025 Apple took a case to the Tribunal over a notice it had reportedly been served under the Investigatory Powers Act.',
    sources: [{ title: 'Investigatory Powers Tribunal (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Investigatory_Powers_Tribunal' }],
  },
  {
    id: 'fisa-court',
    explanation:
      'The Foreign Intelligence Surveillance Court was created by the Foreign Intelligence Surveillance Act of 1978 and is staffed by federal district judges designated for the role. It hears government applications for surveillance orders, usually without any other party present, and each year approves the certifications and procedures under Section 702. Since the USA Freedom Act of 2015 it can appoint outside experts to argue for privacy in significant cases.',
    sources: [
      {
        title: 'United States Foreign Intelligence Surveillance Court (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/United_States_Foreign_Intelligence_Surveillance_Court',
      },
    ],
  },
  {
    id: 'data-protection-authority',
    explanation:
      "Every EU and EEA country has at least one independent supervisory authority under the General Data Protection Regulation, commonly called a data protection authority or, where one person heads it, a data protection commissioner; examples include France's CNIL, Ireland's Data Protection Commission and Norway's Datatilsynet, and outside the EU the UK's Information Commissioner's Office and the Privacy Commissioners of Canada and New Zealand. Names vary elsewhere: Latvia has the Data State Inspectorate, South Africa the Information Regulator, the Philippines the National Privacy Commission and Israel the Privacy Protection Authority; Japan and South Korea each have a Personal Information Protection Commission, and Slovenia, like the UK, an Information Commissioner. They handle complaints, investigate and fine organisations, and advise governments on new laws. Meeting together in the European Data Protection Board, the EU authorities have criticised proposals to scan private communications, and many recommend encryption as a basic security measure.",
    sources: [
      { title: 'EDPB (official site)', url: 'https://www.edpb.europa.eu/' },
      { title: 'Regulation (EU) 2016/679 (EUR-Lex)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
    ],
  },
  {
    id: 'national-crime-agency',
    explanation:
      "The National Crime Agency was set up in 2013, replacing the Serious Organised Crime Agency, and leads the UK's work against serious and organised crime, including drug and people trafficking, fraud, cybercrime and, through its Child Exploitation and Online Protection command, child sexual abuse. It receives reports of child sexual abuse material that US platforms make to NCMEC. It has been among the most outspoken critics of default end-to-end encryption on platforms such as Facebook Messenger, arguing that it sharply reduces the reports it receives.",
    sources: [
      { title: 'National Crime Agency (official site)', url: 'https://www.nationalcrimeagency.gov.uk/' },
      { title: 'National Crime Agency (Wikipedia)', url: 'https://en.wikipedia.org/wiki/National_Crime_Agency' },
    ],
  },
  {
    id: 'judicial-commissioner',
    explanation:
      "Judicial Commissioners are appointed by the Prime Minister for fixed terms and must hold or have held high judicial office; the Investigatory Powers Commissioner is one of them and leads the others. They review ministers' decisions to issue warrants for interception, equipment interference and bulk powers, and decisions to give technical capability notices, and approve or refuse them, a second step known as the double lock. They work within the Investigatory Powers Commissioner's Office, which also inspects how the powers are used.",
    sources: [
      { title: 'IPCO (official site)', url: 'https://www.ipco.org.uk/' },
      { title: 'Investigatory Powers Act 2016 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2016/25/contents' },
    ],
  },
  {
    id: 'home-secretary',
    explanation:
      'The Secretary of State for the Home Department, known as the Home Secretary, is one of the great offices of state in the UK government and heads the Home Office. Under the Investigatory Powers Act 2016 the Home Secretary personally decides on many warrants for interception and equipment interference sought by the police and MI5, subject to approval by a Judicial Commissioner, and can give notices requiring companies to maintain technical capabilities, including the ability to remove encryption they have applied. Home Secretaries of both main parties have pressed technology companies over end-to-end encryption.',
    sources: [
      { title: 'Home Secretary (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Home_Secretary' },
      { title: 'Home Office (GOV.UK)', url: 'https://www.gov.uk/government/organisations/home-office' },
    ],
  },
  {
    id: 'communications-authority-of-kenya',
    explanation:
      "The Authority was set up under the Kenya Information and Communications Act 1998 as the Communications Commission of Kenya and took its present name in 2014. It licenses telecoms operators and broadcasters, manages radio spectrum, enforces the registration of SIM cards and hosts Kenya's national computer incident response team. As the licensing body for every mobile operator, it is where conditions on operators, including rules touching subscriber data and network security, are often consulted on and enforced. Personal data are supervised separately, by the Office of the Data Protection Commissioner created under the Data Protection Act 2019.",
    sources: [{ title: 'Communications Authority of Kenya (official site)', url: 'https://www.ca.go.ke/' }],
  },
  {
    id: 'cnil',
    explanation:
      "The CNIL was created by France's data protection law of 1978 and is an independent administrative authority. It supervises compliance with the GDPR and French data protection law, can impose fines, and gives opinions on draft laws and decrees that involve personal data, including those on surveillance and data retention. It has published analyses stressing the role of encryption in protecting personal data and communications, while French governments have at times pressed for lawful access to encrypted content.",
    sources: [{ title: 'CNIL (official site)', url: 'https://www.cnil.fr/' }],
  },
  {
    id: 'investigating-judge',
    explanation:
      "In inquisitorial systems an investigating judge (juge d'instruction in France and Belgium, juez de instrucción in Spain) leads the inquiry into serious crimes, gathering evidence for and against the suspect and deciding whether the case goes to trial. These judges order interceptions and can require people and companies to assist, so in much of Europe they are the authority that would decide on requests to encrypted services.",
    sources: [{ title: 'Examining magistrate (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Examining_magistrate' }],
  },
  {
    id: 'coimisiun-na-mean',
    explanation:
      "Coimisiún na Meán ('Media Commission') was established under the Online Safety and Media Regulation Act 2022, replacing the Broadcasting Authority of Ireland and taking on online safety. It has adopted an Online Safety Code for video-sharing platforms and, because many large technology companies have their EU headquarters in Dublin, it plays a large part in enforcing the Digital Services Act as Ireland's digital services coordinator. It is separate from Ireland's Data Protection Commission, which enforces the GDPR.",
    sources: [{ title: 'Coimisiún na Meán (official site)', url: 'https://www.cnam.ie/' }],
  },
  {
    id: 'anssi',
    explanation:
      "Created in 2009, the Agence nationale de la sécurité des systèmes d'information responds to cyberattacks on government and critical operators, certifies security products and publishes technical guidance, including recommendations on cryptographic mechanisms and on preparing for post-quantum cryptography. Like the UK's NCSC and Germany's BSI, it is a defensive agency: its role is to strengthen the security of systems, while questions of police access to encrypted data are led by the interior and justice ministries.",
    sources: [{ title: 'ANSSI (official site)', url: 'https://cyber.gouv.fr/' }],
  },
  {
    id: 'bsi',
    explanation:
      'The BSI (Bundesamt für Sicherheit in der Informationstechnik) was founded in 1991 and is based in Bonn. It publishes the IT-Grundschutz security standards and technical guidelines, including recommendations on cryptographic algorithms and key lengths, and certifies products. Because it belongs to the same ministry as the federal police, critics have questioned whether it can act fully independently when the government wants to exploit security flaws for surveillance.',
    sources: [{ title: 'BSI (official site)', url: 'https://www.bsi.bund.de/' }],
  },
  {
    id: 'esafety-commissioner',
    explanation:
      "The office was set up in 2015 as the Children's eSafety Commissioner, and its powers were widened by the Online Safety Act 2021. It handles complaints about cyberbullying, image-based abuse and illegal content, can issue removal notices, and registers industry codes or makes binding standards. Its standards for messaging and file-storage services, in force since late 2024, require steps against child sexual abuse material; after objections from privacy groups and companies, they state that providers are not required to break end-to-end encryption or to build systemic weaknesses.",
    sources: [{ title: 'eSafety Commissioner (official site)', url: 'https://www.esafety.gov.au/' }],
  },
  {
    id: 'constitutional-court',
    explanation:
      "Many countries, especially in continental Europe and Latin America, have a specialised constitutional court; in others, such as the US, the supreme court plays that role. Germany's Federal Constitutional Court recognised in 2008 a fundamental right to the confidentiality and integrity of IT systems when it limited secret online searches of computers, and in 2010 it struck down Germany's law implementing the EU Data Retention Directive. Romania's Constitutional Court annulled that country's data retention law in 2009. Opponents of new decryption or interception powers often say they will challenge them there.",
    sources: [
      { title: 'Constitutional court (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Constitutional_court' },
      { title: 'Federal Constitutional Court (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Federal_Constitutional_Court' },
    ],
  },
  {
    id: 'supreme-federal-court',
    explanation:
      'The Supremo Tribunal Federal has eleven justices and decides constitutional challenges, including those brought after lower-court judges ordered WhatsApp blocked across Brazil in 2015 and 2016 for failing to provide message content in criminal investigations. In July 2016 its president suspended one such blocking order. In 2020 the two justices reporting on the challenges voted that courts may not suspend an app for failing to break end-to-end encryption, before the judgment was adjourned.',
    sources: [
      { title: 'Supreme Federal Court (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Supreme_Federal_Court' },
      { title: 'WhatsApp (Wikipedia)', url: 'https://en.wikipedia.org/wiki/WhatsApp' },
    ],
  },
  {
    id: 'federal-trade-commission',
    explanation:
      'The Federal Trade Commission, created in 1914, uses its power over unfair or deceptive practices to police privacy and data security in the absence of a general US privacy law. It has brought cases against companies that failed to protect personal data or misrepresented how their products were secured; in 2020, for example, it settled with Zoom over claims that its meetings were end-to-end encrypted. Many cases end in consent orders that require a security programme. Its rulemaking and enforcement powers also make it a candidate regulator in US bills on online child safety.',
    sources: [{ title: 'Federal Trade Commission (official site)', url: 'https://www.ftc.gov/' }],
  },
  {
    id: 'council-of-state',
    explanation:
      "The model is France's Conseil d'État, which the government must consult on its bills and many decrees and which is also the supreme court for administrative law. Belgium, the Netherlands, Italy and Greece have councils that likewise combine advice, or review of regulations, with judging cases against public authorities, while Thailand's Council of State is the government's legal adviser and drafter. Their opinions on whether a bill is lawful, proportionate and well drafted often shape the parliamentary debate, and where the council is a court, operators, journalists and rights groups can ask it to annul regulations and decisions, including ones on interception and decryption. Bodies with the same name in some other countries, such as Norway, are different institutions.",
    sources: [
      { title: 'Council of State (France) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Council_of_State_(France)' },
      { title: 'Council of State (Netherlands) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Council_of_State_(Netherlands)' },
    ],
  },
  {
    id: 'oireachtas',
    explanation:
      "Under the Irish constitution the Oireachtas is made up of the President and two houses: Dáil Éireann, the directly elected lower house, and Seanad Éireann, the Senate. Government bills are often first published as a 'general scheme', which an Oireachtas committee examines in pre-legislative scrutiny before the full bill is drafted and taken through stages in both houses. Because many large technology companies have their European headquarters in Ireland, Irish legislation and regulators, such as Coimisiún na Meán and the Data Protection Commission, matter well beyond the country.",
    sources: [
      { title: 'Houses of the Oireachtas (official site)', url: 'https://www.oireachtas.ie/' },
      { title: 'Oireachtas (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Oireachtas' },
    ],
  },
  {
    id: 'national-diet',
    explanation:
      "The Diet is the sole law-making organ under Japan's constitution. Most legislation is drafted by ministries, often after an advisory panel's report, approved by the cabinet and then submitted to the Diet, where the House of Representatives can override the House of Councillors on most bills with a two-thirds majority. Japan's 1999 law allowing interception of communications in criminal investigations, widened in 2016, was passed this way, and proposals on police access to messaging services would follow the same path.",
    sources: [{ title: 'National Diet (Wikipedia)', url: 'https://en.wikipedia.org/wiki/National_Diet' }],
  },
  {
    id: 'constitutional-law-committee',
    explanation:
      "Finland has no constitutional court; instead, the Constitutional Law Committee of the Eduskunta reviews bills before they are passed and gives opinions, informed by hearings of constitutional law professors, on whether they comply with the constitution and Finland's human rights obligations. Parliament treats these opinions as binding in practice, and a bill it finds incompatible must be amended or passed by the procedure for constitutional amendments. The confidentiality of communications is a constitutional right in Finland, so the committee has examined bills on intelligence, interception and access to messages.",
    sources: [{ title: 'Parliament of Finland (official site)', url: 'https://www.eduskunta.fi/' }],
  },
  {
    id: 'police-and-crime-commissioner',
    explanation:
      "Police and crime commissioners were created by the Police Reform and Social Responsibility Act 2011 and first elected in 2012, replacing police authorities; in some areas an elected mayor holds the role. They set the police and crime plan, hold the chief constable to account and can appoint and remove them, but do not direct operations. Because they speak for victims and local policing, some have backed calls for police access to encrypted messages, while others have stressed privacy.",
    sources: [{ title: 'Police and crime commissioner (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Police_and_crime_commissioner' }],
  },
];
