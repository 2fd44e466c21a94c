/**
 * Short passages in news style, one or two constructions each, with the positions a careful
 * reader would take from them. Speakers are fictional. Shared by the stage tests.
 */

export interface Case {
  name: string;
  text: string;
  /** speaker → stance; every listed speaker must be found with that stance. */
  expect: Record<string, 'pro-access' | 'pro-encryption' | 'neutral'>;
  /** Check the rules alone: the learned second opinion may lean this speaker on their words. */
  rulesOnly?: boolean;
  /** Names that must not become speakers. */
  absent?: string[];
  /** Only the listed speakers may appear. */
  exact?: boolean;
  /** speaker → the organisation their card names as the one they speak for (one voice with it). */
  speaksFor?: Record<string, string>;
}

export const CASES: Case[] = [
  {
    name: 'direct quote, cue after with pronoun',
    text: 'Home Secretary Alan Brierley spoke at the conference on Monday.\n“Encrypted apps have become a safe haven for people who abuse children,” he said.',
    expect: { 'Alan Brierley': 'pro-access' },
    exact: true,
  },
  {
    name: 'direct quote, inverted cue with apposition',
    text: '“A backdoor for the police is a backdoor for every criminal on the planet,” said Marta Quinlan, a cryptographer at Dunmore University.',
    expect: { 'Marta Quinlan': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'direct quote, cue after, told a news agency',
    text: '“We will never weaken the encryption that protects our users,” Teodor Brandt told Reuters.',
    expect: { 'Teodor Brandt': 'pro-encryption' },
    absent: ['Reuters'],
    exact: true,
  },
  {
    name: 'cue before with colon',
    text: 'The interior ministry’s spokeswoman, Ilse Varga, said: “Investigators need lawful access to the messages of suspects, with a warrant signed by a judge.”',
    expect: { 'Ilse Varga': 'pro-access' },
  },
  {
    name: 'split quote over two sentences',
    text: '“Scanning every private message is mass surveillance,” said Owen Achterberg of the digital-rights group Free Wire. “It treats every user as a suspect.”',
    expect: { 'Owen Achterberg': 'pro-encryption' },
  },
  {
    name: 'quote running over paragraphs, opening paragraph left open',
    text: 'Detective Chief Inspector Rosa Lindholm described the case in detail.\n“We had the phones, we had the warrants, and we still could not read a single message.\n“Criminals know that encrypted apps are a place to hide, and they use them every day,” she said.',
    expect: { 'Rosa Lindholm': 'pro-access' },
  },
  {
    name: 'mixed straight and curly quote marks',
    text: '"Any way in for the police is a way in for hackers,” said Priya Nandakumar, a security researcher.',
    expect: { 'Priya Nandakumar': 'pro-encryption' },
  },
  {
    name: 'quote inside a quote',
    text: '“People call it a ‘front door’, but it is still a door that someone else can open,” said Kwame Asante, who heads the campaign group Open Lines.',
    expect: { 'Kwame Asante': 'pro-encryption' },
  },
  {
    name: 'scare quotes are not statements',
    text: 'The government calls the plan a “safety feature”. Critics prefer ‘backdoor’.',
    expect: {},
    exact: true,
  },
  {
    name: 'reported speech: argued that',
    text: 'Lena Hoffmann, chief executive of Cipherhaus, argued that any backdoor would weaken security for millions of people.',
    expect: { 'Lena Hoffmann': 'pro-encryption' },
    absent: ['Cipherhaus'],
  },
  {
    name: 'reported speech: according to',
    text: 'According to Europol, criminal networks hide behind end-to-end encryption to plan their operations.',
    expect: { Europol: 'pro-access' },
  },
  {
    name: 'reported speech: told a press conference that',
    text: 'Justice Minister Carl Oberg told a press conference that the new law would force messaging companies to hand over the content of suspects’ messages.',
    expect: { 'Carl Oberg': 'pro-access' },
  },
  {
    name: 'organisation: has come out against',
    text: 'The Danish government has come out against the scanning proposal, saying it would undermine encryption.',
    expect: { 'Danish government': 'pro-encryption' },
  },
  {
    name: 'rejected proposals put forward by Y (both sides)',
    text: 'Digital affairs minister Hanna Rask rejected proposals put forward by conservative MP Jonas Ek to give police access to encrypted chats.',
    expect: { 'Hanna Rask': 'pro-encryption', 'Jonas Ek': 'pro-access' },
  },
  {
    name: 'X have stated they will not',
    text: 'Messaging firms such as Whisperly have stated they will not build backdoors into their apps.',
    expect: { Whisperly: 'pro-encryption' },
  },
  {
    name: 'X, apposition, has already argued that',
    text: 'However, the country’s cybersecurity agency, Cyberwatch, has already argued that breaking encryption would leave critical infrastructure exposed to attack.',
    expect: { Cyberwatch: 'pro-encryption' },
  },
  {
    name: 'signatories: A, B and C signed a letter',
    text: 'Free Wire, the Privacy Forum and the Open Code Foundation signed a letter warning that client-side scanning would create new vulnerabilities.',
    expect: { 'Free Wire': 'pro-encryption', 'Privacy Forum': 'pro-encryption', 'Open Code Foundation': 'pro-encryption' },
  },
  {
    name: 'A, B and C warned',
    text: 'Tessa Marr, Ivo Petrov and Sun Li warned that a golden key would inevitably leak.',
    expect: { 'Tessa Marr': 'pro-encryption', 'Ivo Petrov': 'pro-encryption', 'Sun Li': 'pro-encryption' },
  },
  {
    name: 'negated cue: not asking for a backdoor',
    text: '“We are not asking for a backdoor,” said Commissioner Ruth Okafor. “We are asking for access when a judge says so.”',
    expect: { 'Ruth Okafor': 'pro-access' },
  },
  {
    name: 'surname re-mention',
    text: 'Professor Ada Lindqvist, a cryptographer at Nordholm University, has studied key escrow for years.\nLindqvist said that every escrow scheme tested so far had been broken.',
    expect: { 'Ada Lindqvist': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'role re-mention: the minister',
    text: 'Interior Minister Paul Reding presented the bill on Tuesday.\nThe minister said encryption should not give criminals a place to hide.',
    expect: { 'Paul Reding': 'pro-access' },
    exact: true,
  },
  {
    name: 'role re-mention: the company',
    text: 'Whisperly, a messaging app with ten million users, received the order last month.\nThe company said it would rather leave the country than weaken its encryption.',
    expect: { Whisperly: 'pro-encryption' },
    exact: true,
  },
  {
    name: 'pronoun it for an organisation',
    text: 'Nordbank, the country’s largest lender, was asked about the plan.\nIt said that strong encryption protects its customers from fraud.',
    expect: { Nordbank: 'pro-encryption' },
    exact: true,
  },
  {
    name: 'she resolves to the subject, not the object',
    text: 'Senator Maria Costa criticised a proposal by Senator Linda Hart to require scanning of private messages.\n“It would turn every phone into a spy,” she said.',
    expect: { 'Maria Costa': 'pro-encryption' },
  },
  {
    name: 'a spokesperson for X',
    text: 'A spokesperson for the Home Office said the powers were vital to keeping the public safe.',
    expect: { 'Home Office': 'pro-access' },
  },
  {
    name: 'X spokesperson',
    text: 'A Whisperly spokesperson said the company would never compromise the security of its users.',
    expect: { Whisperly: 'pro-encryption' },
  },
  {
    name: 'efforts of X to force Y',
    text: 'The dispute follows efforts by the Justice Department to force Fonecorp to unlock an encrypted phone.',
    expect: { 'Justice Department': 'pro-access' },
    absent: ['Fonecorp'],
  },
  {
    name: 'prior breaks a tie, never overrides',
    text: 'Chief Constable Mark Dyer welcomed the announcement.\nRetired police chief Tom Ellery said breaking encryption would make everyone less safe.',
    expect: { 'Mark Dyer': 'pro-access', 'Tom Ellery': 'pro-encryption' },
  },
  {
    name: 'a plain remark stays neutral, whoever makes it',
    text: 'Chief Constable Mark Dyer said he had met the company twice to discuss the court order.',
    expect: { 'Mark Dyer': 'neutral' },
    rulesOnly: true,
  },
  {
    name: 'a remark on another subject is no position',
    text: 'Chief Constable Mark Dyer said he had met the mayor twice about the new stadium.\nJo Brent, the firm’s finance chief, said revenue had grown by 11% in the first half.',
    expect: {},
    absent: ['Mark Dyer', 'Jo Brent'],
  },
  {
    name: 'neutral speaker',
    text: 'Laura Finch, a law professor at Bexley College, said both sides had strong arguments and the courts would decide.',
    expect: { 'Laura Finch': 'neutral' },
  },
  {
    name: 'no positions in a plain explainer',
    text: 'End-to-end encryption means that only the sender and the recipient can read a message. The keys stay on their devices.',
    expect: {},
    exact: true,
  },
  {
    name: 'places, days and news agencies are not speakers',
    text: 'In Brussels on Monday, ministers met to discuss the plan, Reuters reported. Berlin has not commented.',
    expect: {},
    absent: ['Brussels', 'Monday', 'Reuters', 'Berlin'],
    exact: true,
  },
  {
    name: 'British single quotes as quotation marks',
    text: '‘We will not put a backdoor in our products, whatever the law says,’ said Nadia Farouk, founder of Lockbox.',
    expect: { 'Nadia Farouk': 'pro-encryption' },
  },
  {
    name: 'honorific re-mention: Mr',
    text: 'James Whitlow, the security minister, defended the scheme.\nMr Whitlow said police needed access to encrypted messages to catch terrorists.',
    expect: { 'James Whitlow': 'pro-access' },
    exact: true,
  },
  {
    name: 'the EU executive',
    text: 'The European Commission proposed the regulation in 2022. The EU executive said the rules were targeted and proportionate and would help protect children.',
    expect: { 'European Commission': 'pro-access' },
    exact: true,
  },
  {
    name: 'a bill defended by what it does not do; a company refusing',
    text: 'Interior Minister Clara Voss told parliament that the bill “does not create a backdoor” and does not mandate any particular technology.\nThe app maker Quillon said it will never ship an escrow feature.',
    expect: { 'Clara Voss': 'pro-access', Quillon: 'pro-encryption' },
    exact: true,
  },
  {
    name: 'charges each side makes in its own words',
    text: 'Rhea Tallis, who runs the charity KidSafe Now, said firms could not be allowed “to put their business model above the safety of children”.\nSheriff Owen Pratt said encryption had left police blind to the cartels.\nThe researcher Amit Kaul called the plan “client-side scanning by another name”, while Dana Lo said key escrow cannot be made safe.\nThe lawyer Ife Bello said the bill was unconstitutional.',
    expect: { 'Rhea Tallis': 'pro-access', 'Owen Pratt': 'pro-access', 'Amit Kaul': 'pro-encryption', 'Dana Lo': 'pro-encryption', 'Ife Bello': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'the office holder after a possessive speaks, not the organisation',
    text: '“There is no such thing as a door that only the good guys can walk through,” said Quillon’s chief executive, Mara Holt.',
    expect: { 'Mara Holt': 'pro-encryption' },
    absent: ['Quillon'],
    exact: true,
  },
  {
    name: 'a quoted fragment inside reported speech is the subject’s, not the next pronoun’s',
    text: 'Interior Minister Clara Voss told the House of Commons that the bill “does not create a backdoor” and that it simply asks companies to help with “what a judge has already authorized.”',
    expect: { 'Clara Voss': 'pro-access' },
    exact: true,
  },
];

/** Written after the analysis was tuned on the cases above and the fixtures: a check on generality. */
export const HELD_OUT: Case[] = [
  {
    name: 'passive agent: criticised by',
    text: 'The proposal to scan private messages was criticised by the Open Signal Foundation as mass surveillance.',
    expect: { 'Open Signal Foundation': 'pro-encryption' },
  },
  {
    name: 'aside between subject and verb',
    text: 'Lockbox, however, said it would never hand over its users’ keys to any government.',
    expect: { Lockbox: 'pro-encryption' },
  },
  {
    name: 'organisation and title before the name',
    text: 'Lockbox CEO Daniel Ferreira said the bill would put the privacy of every user at risk.',
    expect: { 'Daniel Ferreira': 'pro-encryption' },
    absent: ['Lockbox'],
  },
  {
    name: 'initials in a name',
    text: 'Prof. Helen R. Castillo told lawmakers that exceptional access cannot be built safely.',
    expect: { 'Helen R. Castillo': 'pro-encryption' },
  },
  {
    name: 'called the plan …',
    text: 'Sen. Rob Kinsey called the plan a dangerous backdoor that hackers would exploit.',
    expect: { 'Rob Kinsey': 'pro-encryption' },
  },
  {
    name: 'a bill introduced by a lawmaker',
    text: 'Representative Dana Mills introduced a bill that would require messaging apps to give police access to encrypted messages.',
    expect: { 'Dana Mills': 'pro-access' },
  },
  {
    name: 'attribution in its own short sentence',
    text: '“We cannot let child abusers hide behind encryption.” Minister Clara Jansen said.',
    expect: { 'Clara Jansen': 'pro-access' },
  },
  {
    name: 'organisation as speaker with it said',
    text: 'Brightchat, which has 40 million users in Europe, said it would leave the market rather than break its encryption.',
    expect: { Brightchat: 'pro-encryption' },
  },
  {
    name: 'told the BBC',
    text: '“The police need to be able to see what suspects are saying to each other,” Chief Constable Ian Ward told the BBC.',
    expect: { 'Ian Ward': 'pro-access' },
    absent: ['BBC'],
  },
  {
    name: 'two speakers in one paragraph, each with a pronoun',
    text: 'Sara Blom, a privacy lawyer, said the scheme was unlawful. She added that it would undermine the security of millions. Interior Minister Piet de Vries disagreed. He said police must be able to read the messages of terrorists.',
    expect: { 'Sara Blom': 'pro-encryption', 'Piet de Vries': 'pro-access' },
    exact: true,
  },
  {
    name: 'chief executive, name, said',
    text: 'The group’s chief executive, Amira Haddad, said the law would weaken encryption for everyone.',
    expect: { 'Amira Haddad': 'pro-encryption' },
  },
  {
    name: 'government wants',
    text: 'The Swedish government wants messaging services to store messages and hand them to police on request.',
    expect: { 'Swedish government': 'pro-access' },
  },
  {
    name: 'an organisation re-mentioned by its acronym',
    text: 'The National Crime Agency (NCA) said criminals were exploiting encrypted platforms. The NCA added that it needed lawful access to tackle serious crime.',
    expect: { 'National Crime Agency': 'pro-access' },
    exact: true,
  },
  {
    name: 'quote with attribution in the middle',
    text: '“This law,” said Jonas Berg of the Free Code Alliance, “would make every phone less secure.”',
    expect: { 'Jonas Berg': 'pro-encryption' },
    absent: ['Free Code Alliance'],
  },
  {
    name: 'neutral official statement',
    text: 'A spokesperson for the Dutch data protection authority said it was studying the text and would publish its opinion next month.',
    expect: {},
    exact: false,
  },
  {
    name: 'siding with someone takes their side; a part of an organisation speaks for it',
    text: 'Lumo, the messaging app, said it would never weaken its encryption for any court.\nThe regional branch of the Lawyers’ Guild has sided with the company.',
    expect: { Lumo: 'pro-encryption', 'Lawyers’ Guild': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'an officer speaks for the organisation, and the organisation through its officer: one voice',
    text: 'Keyward, which campaigns on surveillance, said the order left millions of people less safe.\nIts director, Ola Brenner, said the government had made the country a test case for breaking encryption.\nQuay, a small storage firm, said it had no plans to change anything.\n“We will never build a backdoor into our products,” the company’s chief executive, Mara Ilves, wrote.',
    expect: { 'Ola Brenner': 'pro-encryption', 'Mara Ilves': 'pro-encryption' },
    speaksFor: { 'Ola Brenner': 'Keyward', 'Mara Ilves': 'Quay' },
    exact: true,
  },
  {
    name: 'an office named bare ("said director X") is held at the body of the sentence before: one voice',
    text: 'Open Hatch, a digital rights foundation, said the bill would weaken everyone’s security.\n“A weakened lock is a weakened lock, whoever holds the key,” said director Ilse Varga.',
    expect: { 'Ilse Varga': 'pro-encryption' },
    speaksFor: { 'Ilse Varga': 'Open Hatch' },
    exact: true,
  },
  {
    name: 'a bare office further from the body is nobody’s in particular: two voices',
    text: 'Open Hatch, a digital rights foundation, said the bill would weaken everyone’s security.\nThe interior minister defended the bill on Monday.\nParliament will vote on it in May, the speaker’s office said.\n“We will never build a backdoor into our app,” said director Ilse Varga.',
    expect: { 'Open Hatch': 'pro-encryption', 'Ilse Varga': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'a spokesperson named by the kind of body ("company spokeswoman", "a spokesperson for the service") speaks in its card',
    text: 'Quillpost, a messaging app with two million users, said it would not comply with the order.\n“We will not weaken encryption for anyone,” company spokeswoman Mara Quist said.\nThe Kelvarra Police Service backed the bill on Monday.\nA spokesperson for the service, Dana Whit, said detectives needed “a lawful way in”.',
    expect: { Quillpost: 'pro-encryption', 'Kelvarra Police Service': 'pro-access' },
    absent: ['Mara Quist', 'Dana Whit'],
    exact: true,
  },
  {
    name: 'a condition is no position; a title in quotes is no statement; no comment is no position',
    text: 'If Parliament wants lawful access to encrypted messages, it should legislate openly.\nIn a post titled “We were wrong about backdoors,” the firm Vello says it will not ship client-side scanning.\nThe judge’s office said she would not comment on the case.',
    expect: { Vello: 'pro-encryption' },
    absent: ['Parliament'],
    exact: true,
  },
  {
    name: 'a filing that supports a petition takes sides; the usual side of a children’s charity breaks the tie',
    text: 'The Open Lines Foundation, a digital rights group, has filed an application supporting the petition.\nTessa Moor, chief executive of the children’s charity Safe Harbour Fund, welcomed the vote.',
    expect: { 'Open Lines Foundation': 'pro-encryption', 'Tessa Moor': 'pro-access' },
  },
  {
    name: '"who" after an apposition goes back to the person; an acronym in brackets; a delegation',
    text: '“You cannot read a message before it is sent and still call it private,” said Ines Korte, a lecturer at the University of Westmere, who signed the letter.\nThe Open Wire Network (OWN) said the bill would force companies to weaken encryption.\nRuritania’s delegation said it could not support any text that obliged providers to scan encrypted messages.',
    expect: { 'Ines Korte': 'pro-encryption', 'Open Wire Network': 'pro-encryption', 'Ruritania’s delegation': 'pro-encryption' },
    absent: ['University of Westmere'],
    exact: true,
  },
  {
    name: 'the narrator turning to others ends the reported statement; a title re-mentioned by its initials',
    text: 'Cabinet Secretary Tobias Wren has defended a bill that would require platforms to identify the first sender of a message, even as rights groups warned it would expose millions of people to surveillance.\n“We are not breaking encryption. The platform must be able to tell us where a message started,” said the CS.',
    expect: { 'Tobias Wren': 'pro-access' },
    absent: ['CS'],
    exact: true,
  },
  {
    name: 'a first name with "Sir" before the full name; "the committee" after "the joint committee"',
    text: 'Sir Callum accused technology firms of hiding behind maths.\nSir Callum Rennie, the backbencher who tabled the clause, said lawful access was long overdue.\nMPs quoted the report of the joint committee that scrutinised the draft bill.\nThe committee concluded that a central store of keys would become the most valuable target in the country.',
    expect: { 'Callum Rennie': 'pro-access', 'joint committee': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'went further, with a quotation in the next paragraph',
    text: 'Lumen president Orla Frey went further in a blog post published on Wednesday:\n“There is no such thing as scanning that only the good guys can use. We will not build it.”',
    expect: { 'Orla Frey': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'a denial absorbs the speaker’s own words against backdoors',
    text: '“I am not asking Parlo or anyone else to weaken their encryption. That would be a backdoor, and I oppose backdoors. This is targeted access to one phone,” said Senator Ines Varga.',
    expect: { 'Ines Varga': 'pro-access' },
    exact: true,
  },
  {
    name: 'signed quotations, quotations after reported speech, posts set as items, announced testimony',
    text: '“Every time someone says just let the good guys in, an attacker takes notes.” — Noor Patel, chief security officer of the messaging app Lumo.\nIts chief executive, Ada Lund, said the phrase was dangerously vague. “If it means redesigning a product so it can be opened on request, it’s a back door with a court stamp on it.”\nA senior Interior Ministry official is expected to tell the panel that encrypted phones have stalled thousands of investigations.',
    expect: { 'Noor Patel': 'pro-encryption', 'Ada Lund': 'pro-encryption', 'Interior Ministry': 'pro-access' },
  },
  {
    name: 'an interview printed as questions and answers',
    text: 'Mara Lind has run the digital investigations unit since 2020. Mara Lind spoke to us in her office; the interview has been condensed.\nDo you want a backdoor into encrypted apps?\nI’m not asking for a backdoor. I want a warrant signed by a judge to mean something.\nWill the companies leave?\nSome say so. Most of them are still here.',
    expect: { 'Mara Lind': 'pro-access' },
    exact: true,
  },
  {
    name: 'pressing others to back a measure',
    text: 'Ruritania’s interior ministry is pressing its neighbours to back a requirement for messaging apps to grant police access to suspects’ conversations.',
    expect: { 'Ruritania’s interior ministry': 'pro-access' },
  },
  {
    name: 'serving an order proposes it; a document speaks for whoever coordinated it',
    text: 'According to two people familiar with the matter, the Interior Office served Lumo with a technical capability notice in the spring.\nMore than 200 researchers signed an open letter this month, coordinated by the Lisbon-based digital rights group Open Wire, saying the scanning technology produced large numbers of false positives.',
    expect: { 'Interior Office': 'pro-access', 'Open Wire': 'pro-encryption' },
    absent: ['Lumo'],
  },
  {
    name: 'a person who runs a campaign speaks for it; "Parents for X" is a group',
    text: 'For Dana Holm, the debate is personal. She now runs a small campaign, Parents for Safe Chats, which lobbies for companies to be required to detect grooming.\n“I understand the technical arguments about encryption. I have read them all,” she said.',
    expect: { 'Dana Holm': 'pro-access' },
    speaksFor: { 'Dana Holm': 'Parents for Safe Chats' },
    exact: true,
  },
  {
    name: 'questions and answers in an explainer are the writer’s, not the last person named',
    text: 'Mara Lind runs the digital investigations unit in the capital.\nWhat is client-side scanning?\nIt is software that checks messages on the phone before they are encrypted, and it is not a backdoor.\nWho wants it?\nMostly police forces and child-protection charities.',
    expect: {},
    absent: ['Mara Lind'],
  },
  {
    name: 'a bill the article describes gives its side to those who vote for or against it',
    text: 'The Safe Chats Act, which would require messaging apps to scan private messages for abuse images, returns to the chamber today.\nSenator Ida Moss said she would vote against the Safe Chats Act.\nNew Clause 9 would require large providers to lodge recovery keys with an approved body.\nThe opposition whip, Tom Avery, said his party backed NC9.',
    expect: { 'Ida Moss': 'pro-encryption', 'Tom Avery': 'pro-access' },
    exact: true,
  },
  {
    name: 'examples after "including" speak for the group; an office named like a body, then its holder',
    text: 'Critics, including the Open Wire Foundation and the Lumen Project, say the law would undermine encryption for millions of users.\nThe Home Secretary, Priya Vale, welcomed the ruling. She said tech companies had a moral duty to protect children.\nDetective Superintendent Ian Cole said encrypted apps had allowed paedophiles to operate with impunity.',
    expect: { 'Open Wire Foundation': 'pro-encryption', 'Lumen Project': 'pro-encryption', 'Priya Vale': 'pro-access', 'Ian Cole': 'pro-access' },
    absent: ['Home Secretary'],
    exact: true,
  },
  {
    name: 'a threat to leave, made by two named firms',
    text: 'Messaging firms Parlo and Quietline have threatened to quit the market.',
    expect: { Parlo: 'pro-encryption', Quietline: 'pro-encryption' },
    exact: true,
  },
  {
    name: 'a warning before "a view echoed by" is the warner’s; a firm that will not lower its security',
    text: 'The Open Net Society warned the bill would make users less safe, a view echoed by Quietline.\nParlo head Ivo Brandt tweeted that the company would not lower its security.',
    expect: { 'Open Net Society': 'pro-encryption', 'Ivo Brandt': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'a spokesperson for a body speaks for it; a body studying a proposal is undecided',
    text: '“We are studying the proposal carefully,” said a spokesperson for Parlo, which has 20 million users.\n“The bill is a backdoor by another name,” said a spokeswoman for the Open Net Society.',
    expect: { Parlo: 'neutral', 'Open Net Society': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'a number with a thousands comma inside an apposition; "that they" after a law is their own clause',
    text: 'Lumo, a messaging app based in Ostland that counts about 900,000 users here, said it would rather leave the market than weaken its encryption.\nParlo said during the debate over the Safety Act that it would sooner withdraw from the country than undermine encryption.',
    expect: { Lumo: 'pro-encryption', Parlo: 'pro-encryption' },
    exact: true,
  },
  {
    name: 'the leader of a coalition speaks for it; a minister disowning the reading of private messages',
    text: 'A coalition of tech companies led by Parlo urged lawmakers to drop the provision.\nThe minister, Eva Lund, insisted that nobody wants to read private messages.',
    expect: { Parlo: 'pro-encryption', 'Eva Lund': 'pro-access' },
    exact: true,
  },
  {
    name: 'a help centre quoted for a fact is no position',
    text: 'According to Parlo’s help centre, its support team has no copy of your backup key and cannot reset it.',
    expect: {},
    absent: ['Parlo'],
  },
  {
    name: 'a person’s office speaks for them',
    text: 'Deputy Prime Minister Ilka Varnholt said the draft would leave every user exposed to criminals.\nVarnholt’s office said on Friday that she would vote against any law that weakens encryption.',
    expect: { 'Ilka Varnholt': 'pro-encryption' },
    absent: ['Varnholt’s office'],
    exact: true,
  },
  {
    name: 'the access side naming the caricature to deny it, and disowning mass interception',
    text: '“Members will hear that this is a backdoor. It is not. A judge signs every order,” the assistant minister, Lesedi Thato, told the House.\n“Nobody here is asking for mass interception. We ask for the evidence a judge already ordered,” said prosecutor Ana Ruiz.',
    expect: { 'Lesedi Thato': 'pro-access', 'Ana Ruiz': 'pro-access' },
    exact: true,
  },
  {
    name: 'a place set before the speaker, and a lower-case word qualifying the title their name carries',
    text: 'In Porthaven, opposition MP Jelena Markovic said she would ask parliament to reject the bill. “Our messages are safer because they are encrypted,” she said.',
    expect: { 'Jelena Markovic': 'pro-encryption' },
    absent: ['Porthaven'],
    exact: true,
  },
  {
    name: 'private talk as the object of an access measure: opposing the measure is the encryption side',
    text: 'The Lakeland Teachers’ Federation said it supported the bill’s training measures but opposed “automated surveillance of students’ private communications”.\n“I will not support giving anyone a key to the private conversations of our people,” said councillor Rakel Dam.',
    expect: { 'Lakeland Teachers’ Federation': 'pro-encryption', 'Rakel Dam': 'pro-encryption' },
  },
  {
    name: 'the access side disowning what it is accused of: "not telling anyone to break", "nobody … wants a back door"',
    text: '“We are not telling anyone to break encryption. We are telling firms to use channels our investigators can read,” said Arun Kesh, a board member of the regulator.\n“Nobody in this ministry wants a back door or a weakening of encryption for all citizens,” said state secretary Tobias Renner.',
    expect: { 'Arun Kesh': 'pro-access', 'Tobias Renner': 'pro-access' },
    exact: true,
  },
  {
    name: 'a provider’s design as its virtue: "the safest message is one even we cannot open"',
    text: '“The safest message is one that even Hanbit cannot open,” said Min Jae-won, the company’s chief technology officer.',
    expect: { 'Min Jae-won': 'pro-encryption' },
  },
  {
    name: 'weighing both sides: a genuine trade-off, "which of the two", "cannot say I support it", a study first',
    text: 'Economist Kofi Brou said the trade-off was genuine. “Key deposit may help investigators, or it may cost us dearly. Nobody has shown yet which of the two it will be,” he said.\n“I cannot say I support it, and I cannot say I oppose it,” said Ahmed Moosa, a former police commissioner.\nThe startup federation Tech Alliance said it shares the aim of fighting organised crime but wants an impact study before the decree is adopted.',
    expect: { 'Kofi Brou': 'neutral', 'Ahmed Moosa': 'neutral', 'Tech Alliance': 'neutral' },
  },
  {
    name: 'weighing both sides: evidence both ways, no simple answer, a question for parliament, advice before a decision',
    text: '“There’s evidence both ways. Every time one door closes, they find another,” said Hamish Crane, a criminologist.\n“It is a balance the parliament must decide. I don’t have a simple answer,” said the lawyer Clarisse Adou.\nAttorney-General Rhian Tully said: “I’ll be taking advice before the government makes any decision on the police request for passcode powers.”',
    expect: { 'Hamish Crane': 'neutral', 'Clarisse Adou': 'neutral', 'Rhian Tully': 'neutral' },
  },
  {
    name: '"Either way, …" opening a sentence means in both cases, not undecided; "not persuaded either way" is undecided',
    text: '“Either way, you create a target that hackers will go after. It is impossible to make a hole that only the police can use,” said Lee Ji-ho, a professor of information security.\nSenator Ana Ruiz said she had not yet been persuaded either way on the decryption clause.',
    expect: { 'Lee Ji-ho': 'pro-encryption', 'Ana Ruiz': 'neutral' },
  },
  {
    name: 'an opening phrase without its comma before "she wrote"; a quoted fragment opening the clause reported is read with the whole clause',
    text: 'Venture investor Octavia Harrow, a partner at Mill Race Ventures, was unimpressed. In a post afterwards she wrote that “exceptional access” would weaken encryption for every customer.',
    expect: { 'Octavia Harrow': 'pro-encryption' },
    exact: true,
  },
  {
    name: 'a company that will not weaken encryption refuses; a ministry that does not weaken it disclaims',
    text: 'Sao Mai Chat said the company would not weaken encryption for any government.\n“We do not weaken any encryption, we go onto the one device of the one dangerous person, with approval of a court,” said Interior Ministry spokesman Karl Huber.',
    expect: { 'Sao Mai Chat': 'pro-encryption', 'Karl Huber': 'pro-access' },
  },
  {
    name: '"encryption cannot become a shield against the law" is the access side’s warning',
    text: 'Parliamentary Secretary Bilal Cheema said the government welcomed investment but that encryption “cannot become a shield against the law of the land”.',
    expect: { 'Bilal Cheema': 'pro-access' },
  },
  {
    name: 'a caller known by a first name and what she is ("a mother of two")',
    text: 'Tammy, a mother of two in Paducah, said she supports the bill. “If something happens on the school’s app, I want the school to have the record, period,” she said.',
    expect: { Tammy: 'pro-access' },
    exact: true,
  },
  {
    name: 'investigators with "no visibility"; defending the right to talk without being listened to',
    text: '“From there everything happens in an app where we have no visibility at all,” said Inspector Karlis Lusis.\n“We are not defending criminals, we are defending the right of our citizens to talk without being listened to,” said senator Mariana Treviño.',
    expect: { 'Karlis Lusis': 'pro-access', 'Mariana Treviño': 'pro-encryption' },
  },
  {
    name: 'a provider that cannot hand over what it cannot read; the safest data is data nobody can see',
    text: '“We can’t be made to hand over what we can’t open,” said Rowan Achterberg, chief executive of Locket.\n“The safest copy of a key is the one that doesn’t exist,” added Petra Vold, its security lead.',
    expect: { 'Rowan Achterberg': 'pro-encryption', 'Petra Vold': 'pro-encryption' },
  },
  {
    name: 'a door for the police is a door for the scammers; once the capability exists',
    text: '“If there is a door for the police, there is a door for the thieves too,” said Dinah Okafor, a shop owner.\n“Once the scanner is built, whoever governs next decides what it looks for,” said Senator Hal Brisk.',
    expect: { 'Dinah Okafor': 'pro-encryption', 'Hal Brisk': 'pro-encryption' },
  },
  {
    name: 'nobody can order a company to decrypt; a mandate written as a ban on encryption',
    text: '“You cannot order a company to decrypt what it was built never to see,” said Marek Dvorsky, head of the bar council.\nLawyer Ines Calloway said that a rule requiring plain text for every message was “technically equivalent to prohibiting end-to-end encryption”.',
    expect: { 'Marek Dvorsky': 'pro-encryption', 'Ines Calloway': 'pro-encryption' },
  },
  {
    name: 'the access side denies its bill creates a backdoor; devices that keep criminals out of reach of the law',
    text: '“Some people have said my bill would create a backdoor. It would not,” wrote Assemblywoman Gale Pruitt.\n“These phones were sold for one reason: to keep dealers out of reach of the law,” said Detective Sergeant Omar Lisle.',
    expect: { 'Gale Pruitt': 'pro-access', 'Omar Lisle': 'pro-access' },
  },
  {
    name: 'lawful access and encryption can coexist; the police must be able to do their job; children come first',
    text: '“Lawful access and strong encryption can be designed to coexist,” said Tomas Reuel of the standards forum.\n“The police must be able to do their job online as well,” said Justice Minister Ebba Lindqvist.\n“I have weighed it, and the children come first,” said Councillor Ruth Amadi.',
    expect: { 'Tomas Reuel': 'pro-access', 'Ebba Lindqvist': 'pro-access', 'Ruth Amadi': 'pro-access' },
  },
  {
    name: 'a company that would move abroad rather than comply; a mother who does not know what the right law is',
    text: 'Kestrel Vault said it would move its registered office to another country rather than comply with the order.\n“I wanted the police to be able to read every word they sent me,” said Alma Ferreyra, whose brother was kidnapped. “But I really don’t know what the right law is.”',
    expect: { 'Kestrel Vault': 'pro-encryption', 'Alma Ferreyra': 'neutral' },
  },
  {
    name: 'a mechanism to reveal encrypted content, said to weaken it; a police force that needs better access to encrypted communication',
    text: 'The Guild of Cipher Engineers said any mechanism to reveal the content of encrypted messages would weaken them for every user.\nThe Northern Constabulary, which has argued for years that it needs better access to encrypted communication, declined to comment.',
    expect: { 'Guild of Cipher Engineers': 'pro-encryption', 'Northern Constabulary': 'pro-access' },
  },
  {
    name: 'wording broad enough to require re-engineering; a small gain bought with a large loss; either encrypted or not',
    text: 'The Privacy Ombud said in a submission that the clause was broad enough to require providers to re-engineer their services.\nProfessor Lena Marsh said the plan “trades a small gain for investigators for a large loss for everyone else”.\n“Either it’s encrypted or it isn’t,” said Ivo Brandt, founder of Tally.',
    expect: { 'Privacy Ombud': 'pro-encryption', 'Lena Marsh': 'pro-encryption', 'Ivo Brandt': 'pro-encryption' },
  },
  {
    name: 'phones designed to prevent access by law enforcement, the tool of choice for organised crime; a key for the judges',
    text: 'The Northern Prosecution Service said phones “designed to prevent access by law enforcement” had become the tool of choice for organised crime.\nDeputy Rui Valente backed the draft, writing that every secure phone should come “with a key for the judges”.',
    expect: { 'Northern Prosecution Service': 'pro-access', 'Rui Valente': 'pro-access' },
  },
  {
    name: 'an unnamed official at a named body speaks as the body; a barrister’s letters after her name are no part of it',
    text: '“Encrypted apps cannot become a hiding place for abusers,” an official at the Ministry of Justice said.\n“The phones were bought to keep the trade hidden from gardaí, and we cannot read them,” said Úna Breathnach BL, for the prosecution.',
    expect: { 'Ministry of Justice': 'pro-access', 'Úna Breathnach': 'pro-access' },
    exact: true,
  },
  {
    name: 'the access side’s denials in other words: not saying break encryption, not asking to weaken their security, not interested in breaking encryption',
    text: '“We are not saying break encryption. We are saying keep the records,” said Chidi Okonkwo, chairman of the bankers’ committee.\n“We are not asking companies to weaken their security,” said Home Office minister Clare Dunmore.\nColonel Tran Van Minh said the ministry “is not interested in breaking encryption for its own sake.”',
    expect: { 'Chidi Okonkwo': 'pro-access', 'Clare Dunmore': 'pro-access', 'Tran Van Minh': 'pro-access' },
  },
];

