import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../analysis';
import { decideStance, scoreStatement } from '../../../analysis/stance';

/**
 * The mechanisms added so that positions generalise beyond the articles they were tuned on.
 * Every sentence here is our own, with fictional speakers and places.
 */

const side = (text: string, frame: Parameters<typeof scoreStatement>[1] = 'say') => {
  const s = scoreStatement(text, frame).score;
  return s > 0.5 ? 'access' : s < -0.5 ? 'encryption' : 'none';
};
const positions = (text: string) => analyzeText(text).positions.map((p) => `${p.speaker}: ${p.stance}`);

/**
 * One test per row: the text (with "\\n" for a new paragraph) gives exactly the positions listed
 * ("Name: stance", several joined by "; ").
 */
function positionTable(title: string, rows: Array<[string, string]>): void {
  describe(title, () => {
    for (const [text, expected] of rows) {
      it(`${expected}: ${text.slice(0, 60)}`, () => expect(positions(text.replace(/\\n/g, '\n')).sort()).toEqual(expected.split('; ').sort()));
    }
  });
}
const speakers = (text: string) => analyzeText(text).positions.map((p) => p.speaker);

describe('stance: what the speaker supports or opposes', () => {
  it('an intention disowned is the access side distancing itself from a caricature', () => {
    expect(side('The ministry has no intention of asking anyone to weaken it.')).toBe('access');
    expect(side('This act does not outlaw end-to-end encryption, and no official has any desire to do so.')).toBe('access');
  });

  it('a denial reported from someone else is not the speaker’s own', () => {
    expect(side('The senator says she is not asking for a backdoor.')).not.toBe('access');
    expect(side('The senator says she is not asking for a backdoor. That is a backdoor, whatever she calls it.')).toBe('encryption');
  });

  it('calling a measure a backdoor is the accusation', () => {
    expect(side('called the warrant “a backdoor by another name”', 'say')).toBe('encryption');
    expect(side('What the council wants amounts to a backdoor.')).toBe('encryption');
  });

  it('"rather … than" refuses what follows "than"', () => {
    expect(side('Parlo would rather shut down in Vellmark than weaken the encryption that protects its users.')).toBe('encryption');
    expect(side('Several members would pull their apps rather than comply with such a notice.')).toBe('encryption');
  });

  it('the access side’s arguments said plainly', () => {
    expect(side('Smugglers should not be able to hide from a lawful warrant because they use an app.')).toBe('access');
    expect(side('No corner of the network should sit beyond the reach of a court order or a warrant.')).toBe('access');
    expect(side('We need a way in with a warrant.')).toBe('access');
    expect(side('Detectives are losing evidence every week.')).toBe('access');
    expect(side('The new default will cost the unit hundreds of abuse referrals a year.')).toBe('access');
    expect(side('Providers could meet the requirement by checking files on the handset.')).toBe('access');
  });

  it('users losing access to their own files is nobody’s stance', () => {
    expect(side('Customers must switch the feature off or lose access to their stored photos.')).toBe('none');
  });

  it('who a description names is not what is argued about', () => {
    // "providers of encrypted services" says who; the object is the interception duty.
    expect(side('providers of encrypted services to be brought under the same interception duties as phone firms', 'support')).toBe('access');
  });

  it('a speaker who declines to take a side stays neutral', () => {
    const score = scoreStatement('We do not take a position on the policy itself. What we need is clear rules and fair cost recovery.');
    expect(decideStance([score], 0).stance).toBe('neutral');
    expect(decideStance([scoreStatement('I could argue it either way, and I cannot tell which reading will win.')], 0).stance).toBe('neutral');
  });

  it('a word given up is not a measure opposed; a door for some is a door for all', () => {
    expect(side('She has stopped using the word backdoor, which she calls a smear.')).not.toBe('encryption');
    expect(side('A backdoor for the border police is a backdoor for whoever breaks into the border police.')).toBe('encryption');
    expect(side('Weakening everyone’s encryption is not child protection.')).toBe('encryption');
  });

  it('in "A but B" the point is B', () => {
    expect(side('The ministry supports strong encryption, but expects platforms not to blind themselves to abuse and to keep their users safe.')).toBe('access');
    expect(side('Police do useful work, but this bill would put everyone at risk.')).toBe('encryption');
  });

  it('"both sides of the House" is where votes came from, not a balanced view', () => {
    expect(decideStance([scoreStatement('The plan was backed by members on both sides of the House and would put everyone at risk.')], 0).stance).toBe('pro-encryption');
  });

  it('an amendment alone takes no side; what it does decides', () => {
    expect(side('Halvorsen tabled the amendment.', 'propose')).toBe('none');
    expect(side('an amendment to exempt encrypted services from the scanning rules', 'propose')).toBe('encryption');
  });

  it('naming cues carry their own word ("called the order a backdoor")', () => {
    expect(side('the order a backdoor by court decree', 'say')).not.toBe('encryption');
    expect(scoreStatement('the order a backdoor by court decree', 'say', 'called').score).toBeLessThan(-0.5);
  });

  it('a request turned down is a refusal', () => {
    expect(side('Parlo turned down more than one request from governments to build in a way to read chats.')).toBe('encryption');
  });
});

describe('speakers: organisations, offices, lists and cues', () => {
  it('an office named "X of Y" is one name, not a fragment', () => {
    const names = speakers('The Data Commissioner of Vellmark has warned that retained records are a target for hackers and put everyone at risk.');
    expect(names).toEqual(['Data Commissioner of Vellmark']);
  });

  it('a description running into the verb is the subject, not an apposition to the list before it', () => {
    const names = speakers('The rule would cover every large app in Vellmark, including Parlo and Chirrup, the interior ministry said.');
    expect(names).toEqual(['interior ministry']);
  });

  it('an opening phrase and a relative clause do not hide the organisation that speaks', () => {
    const out = positions('In written evidence to the committee, the Vellmark Software Guild, which represents dozens of app makers, said members would leave rather than comply with a notice to weaken their encryption.');
    expect(out).toEqual(['Vellmark Software Guild: pro-encryption']);
  });

  it('a letter speaks for the groups that organised and signed it', () => {
    const names = speakers('The letter, organised by Open Wires Vellmark and signed by groups including the Tamsin Rights Trust and the Northmoor Cryptography Society, says the act would build a surveillance capability into every network.');
    expect([...names].sort()).toEqual(['Northmoor Cryptography Society', 'Open Wires Vellmark', 'Tamsin Rights Trust']);
    expect(new Set(analyzeText('The letter, signed by the Tamsin Rights Trust, says the act would build a surveillance capability into every network.').positions.map((p) => p.stance))).toEqual(new Set(['pro-encryption']));
  });

  it('an organisation’s head may stand before "of"/"for", not only at the end', () => {
    const text = 'Tobias Okafor has heard it all before. The cryptographer, who directs the Harrow Institute for Applied Cryptography, says he has opposed escrow ever since.\n“A backdoor for the police is a backdoor for whoever breaks into the police,” he says.';
    expect(positions(text)).toEqual(['Tobias Okafor: pro-encryption']);
  });

  it('a second full name with the same surname is a second person', () => {
    const text = [
      'Rosalind Okafor runs the Wren Foundation.',
      '“Children pay for every delay,” says Okafor.',
      'Tobias Okafor said backdoors are dangerous and would put everyone at risk.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Rosalind Okafor', 'Tobias Okafor']);
  });

  it('"emailed", "blogged" and "posted" are speech cues', () => {
    expect(positions('Parlo switched on encryption. A Home Office spokesperson emailed to say officers need lawful access to messages.')).toEqual(['Home Office: pro-access']);
    expect(speakers('Ines Norga blogged that backdoors would put everyone at risk.')).toEqual(['Ines Norga']);
  });

  it('a local body described in lower case is named with its place', () => {
    expect(positions('The state prosecutor’s office in Harlow, which sought the order, said criminals cannot opt out of lawful interception.')).toEqual(['Harlow state prosecutor’s office: pro-access']);
  });

  it('"per X" attributes to X', () => {
    expect(positions('Parlo, a messaging company, switched on encryption for everyone. Per the company, it will never hand over keys to the police.')).toEqual(['Parlo: pro-encryption']);
    // Never "per cent".
    expect(speakers('Downloads rose 40 per cent after the change.')).toEqual([]);
  });

  it('two people sharing a surname: the first name and the honorific pick the right one', () => {
    const text = [
      'Rosalind Okafor runs a victims’ charity. Her cousin Tobias Okafor is a cryptographer.',
      'Tobias Okafor said backdoors are dangerous and would put everyone at risk.',
      '“We need a way in with a warrant,” Rosalind said.',
    ].join('\n');
    expect(positions(text)).toEqual(['Tobias Okafor: pro-encryption', 'Rosalind Okafor: pro-access']);
  });

  it('Mr and Ms pick between two people with one surname', () => {
    const text = 'Councillor Mira Fenn and Mr Olu Fenn spoke at the hearing. Ms Fenn said backdoors would put everyone at risk. Mr Fenn said police need lawful access to messages.';
    expect(positions(text)).toEqual(['Mira Fenn: pro-encryption', 'Olu Fenn: pro-access']);
  });

  it('a role re-mention finds the person whose apposition gave it, even after a title', () => {
    const text = 'Opposition MP Dara Quill, the shadow home secretary, spoke first.\n“This power will sooner or later be used to read everyone’s messages,” the shadow home secretary said.';
    expect(speakers(text)).toEqual(['Dara Quill']);
  });

  it('"X said the ministry believes …" is the ministry’s view; "X said she believes …" is X’s', () => {
    expect(speakers('Talia Brook said the interior ministry believes that scanning messages is essential to catch abusers.')).toEqual(['interior ministry']);
    expect(speakers('Talia Brook said she believes that scanning messages is essential to catch abusers.')).toEqual(['Talia Brook']);
  });

  it('the author’s own first-person view is no speaker', () => {
    expect(speakers('I have covered this beat for a decade. I think backdoors are a terrible idea and, frankly, I believe they put everyone at risk.')).toEqual([]);
  });

  it('"the government" many paragraphs on is the only government named', () => {
    const text = [
      'Vellmark’s government on Monday proposed a law requiring apps to give police access to chats.',
      'Ines Norga, a researcher at the University of Tamsin, said the text was unclear.',
      'Filler paragraph one about the timetable.',
      'Filler paragraph two about the consultation.',
      'Filler paragraph three about the costs.',
      'The government has said it hopes to put a bill to parliament in the spring.',
    ].join('\n');
    const result = analyzeText(text);
    expect(result.positions.map((p) => p.speaker)).not.toContain('University of Tamsin');
  });

  it('"X tweeted:" followed by an embedded post attributes the post to X', () => {
    const html = `<html><head><title>Chat app turns on encryption</title></head><body><article>
      <h1>Chat app turns on encryption</h1>
      <p>Parlo switched on end-to-end encryption for all chats on Tuesday, per the company, and said it could no longer read messages.</p>
      <p>Inspector Dana Whitlow, who leads a child protection unit in Northmoor, tweeted within an hour of the announcement:</p>
      <blockquote><p>From where I sit this means nobody, not even a judge, can see what is sent to a child. We need a way in with a warrant.</p></blockquote>
      <p>The company did not respond to further questions by the time of publication, and the rollout continues.</p>
    </article></body></html>`;
    const result = analyzeDocument(new JSDOM(html).window.document)!;
    const whitlow = result.positions.find((p) => p.speaker === 'Dana Whitlow');
    expect(whitlow?.stance).toBe('pro-access');
    expect(whitlow?.statements.some((s) => s.text.startsWith('From where I sit'))).toBe(true);
  });
});

describe('speakers named in an order a live blog reads them', () => {
  it('a surname first (newest post on top), the full name later: one person, by the full name', () => {
    const text = 'Markovic said the bill limits detection to known images, adding that nobody wants to break encryption.\nEarlier, the commissioner, Dr Julia Markovic, gave evidence in support of the bill.';
    expect(positions(text)).toEqual(['Julia Markovic: pro-access']);
  });

  it('a short name in a post headline, the body in full below: one organisation, by its full name', () => {
    const text = 'Taskforce says encrypted apps are a safe haven for kidnappers\nThe National Kidnap Taskforce said investigators need access to encrypted messages.';
    expect(positions(text)).toEqual(['National Kidnap Taskforce: pro-access']);
  });

  it('a time zone after a post time is nobody', () => {
    const text = '9.30am AEST\nHer group wants the bill passed before the end of the year, said Jodie Ward, who founded Protect Every Child.';
    expect(positions(text).some((p) => p.startsWith('AEST'))).toBe(false);
  });
});

describe('organisations whose names start with a common word', () => {
  it('"Open Wire Foundation" opening a sentence keeps its first word, even where the article says "open"', () => {
    const text = 'Nobody knows who will find out how to open it.\nOpen Wire Foundation, a digital rights group, said that any backdoor would be found and exploited by criminals.';
    expect(positions(text)).toEqual(['Open Wire Foundation: pro-encryption']);
  });

  it('a regulator still reviewing submissions is on the issue and neutral', () => {
    const text = 'The Digital Standards Board, which will assess any scanning technology, said it was “still reviewing submissions”.';
    expect(positions(text)).toEqual(['Digital Standards Board: neutral']);
  });
});

describe('governments named by their country, groups named by a count', () => {
  it('countries as subjects speak for their governments, in lists and relative clauses; "the Austrian delegation" is Austria', () => {
    const text = 'Austria, Poland and Estonia said they could not support the text in its current form. The Austrian delegation said any obligation to scan content would create a vulnerability.\nFrance and Spain, which have backed the regulation since it was proposed, urged the presidency to press ahead with a vote.';
    expect(positions(text).sort()).toEqual(['Austria: pro-encryption', 'Estonia: pro-encryption', 'France: pro-access', 'Poland: pro-encryption', 'Spain: pro-access']);
  });

  it('a city after "on the" is no government, and a passive "was proposed" proposes nothing', () => {
    const text = 'The encryption fight is back on the Hill, and the bill, since it was proposed, has divided lawmakers.';
    expect(positions(text)).toEqual([]);
  });

  it('a counted coalition speaks as one; two researchers who found a flaw are no group position', () => {
    const text = 'In an open letter, a coalition of 48 civil-society groups and academics warned that client-side scanning would amount to mass surveillance.\nMore than 60 cryptographers said the bill would create a backdoor.\nTwo researchers said they had found a flaw in the scanner.';
    expect(positions(text)).toEqual(['coalition of 48 civil-society groups and academics: pro-encryption', 'More than 60 cryptographers: pro-encryption']);
  });
});

describe('quotations and who they belong to', () => {
  it('a quoted fragment running on into its sentence is not attributed to a speaker named after it', () => {
    const text = 'Company says it will ‘leave rather than comply’ with the notice, as Home Office insists it is not seeking a backdoor';
    const office = analyzeText(text).positions.find((p) => p.speaker === 'Home Office');
    expect(office?.stance).toBe('pro-access');
    expect(office?.statements.map((s) => s.kind)).toEqual(['indirect']);
  });

  it('"A spokesperson said" opening a sentence speaks for the body just named', () => {
    const text = 'The Home Office declined to confirm the notice.\nA spokesperson said: “Let us be clear: we are not asking for a backdoor.”';
    expect(positions(text)).toEqual(['Home Office: pro-access']);
  });
});

describe('verbs that share a subject, and what a call asks for', () => {
  it('"X said …, and called on lawmakers to require detection on encrypted services" backs detection', () => {
    const text = 'The Global Hotline Network said in its annual report that most reports came from companies, and called on lawmakers to require detection on encrypted services too.';
    expect(positions(text)).toEqual(['Global Hotline Network: pro-access']);
  });

  it('calling on governments to explain something asks a question; choosing delay over children is the charge', () => {
    const text = 'The Brightwater Foundation said ministers had “once again chosen delay over children” and called on holdout governments to explain how else abuse could be found on encrypted platforms.';
    expect(positions(text)).toEqual(['Brightwater Foundation: pro-access']);
  });

  it('"nobody calls that mass surveillance" defends the measure; an indefinite "a phone maker" is no one named before', () => {
    const text = 'Ilse Brecht, who researches child exploitation, said: “We already scan email attachments for malware and nobody calls that mass surveillance.”\nThe Ardent Policy Lab studies regulation. In 2021, a large phone maker announced a plan to scan photos, then dropped it.';
    expect(positions(text)).toEqual(['Ilse Brecht: pro-access']);
  });
});

describe('newsletter shorthand', () => {
  it('a bill foretold to outlaw secure communications is its critics talking; "doing nothing to stop" is no access argument', () => {
    const text = 'The Center for Digital Liberty wrote to committee leaders that the bill would “outlaw secure communications for ordinary Americans while doing nothing to stop sophisticated criminals.”';
    expect(positions(text)).toEqual(['Center for Digital Liberty: pro-encryption']);
  });

  it('waiting to see the text before taking a position is neutral; a party tag in brackets does not hide the subject', () => {
    const text = 'Sen. Raymond Okafor (D-Md.) told reporters he wants to “see the text and hear from the cryptographers” before taking a position on the encryption bill.\nRep. Kyle Brandt (R-Texas) posted on X that he would introduce a companion bill this fall.';
    expect(positions(text)).toEqual(['Raymond Okafor: neutral', 'Kyle Brandt: pro-access']);
  });

  it('"Reacting," opening a sentence is nobody', () => {
    const text = 'Reacting, Senator Grace Eteng-Obi (PDP, Cross River South) described the proposal as “an invitation to snoop on Nigerians”.';
    expect(positions(text)).toEqual(['Grace Eteng-Obi: pro-encryption']);
  });
});


positionTable('reported support and opposition in the words news uses', [
  ['The messaging company Quillon has thrown its weight behind the campaign to keep end-to-end encryption out of the bill.', 'Quillon: pro-encryption'],
  ['The Police Federation of Norland has thrown its weight behind the scanning bill.', 'Police Federation of Norland: pro-access'],
  ['Digital Rights Watch has long opposed the scanning proposal.', 'Digital Rights Watch: pro-encryption'],
  ['Interior Minister Anna Berg has long argued that police need access to encrypted messages.', 'Anna Berg: pro-access'],
  ['The Open Signal Trust described the plan as “a backdoor in all but name”.', 'Open Signal Trust: pro-encryption'],
  ['Mark Ellis, a cryptographer at Dunmore University, was among more than 200 academics who signed a letter calling for the scanning plan to be scrapped.', 'Mark Ellis: pro-encryption'],
  ['The Kids First Alliance came out in favour of the scanning bill on Tuesday.', 'Kids First Alliance: pro-access'],
  ['The Kids First Alliance hailed the bill as a long overdue step to protect children.', 'Kids First Alliance: pro-access'],
  ['Tessa Moor, the company\'s privacy chief, hit out at the proposal, calling it reckless.', 'Tessa Moor: pro-encryption'],
  ['The Network Operators Association has raised concerns about the decryption requirement.', 'Network Operators Association: pro-encryption'],
  ['Bluebird pushed back against the order, saying it would not build a backdoor.', 'Bluebird: pro-encryption'],
  ['The Child Safety Network applauded the decision to require scanning of messages.', 'Child Safety Network: pro-access'],
  ['Jon Pike, a former police chief, voiced support for the lawful access bill.', 'Jon Pike: pro-access'],
  ['Freedom Online joined calls for the government to drop the encryption clause.', 'Freedom Online: pro-encryption'],
  ['Sen. Mara Ode took aim at the bill, which she said would weaken encryption for everyone.', 'Mara Ode: pro-encryption'],
]);


positionTable('each side’s case in its usual words', [
  ['Lena Fors, the justice minister, said tech firms must not be allowed to build spaces where the law cannot reach.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said police were losing the ability to investigate the most serious crimes.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said that privacy cannot be absolute when children\'s lives are at stake.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said the law simply brings messaging apps into line with phone calls, which police have been able to intercept for decades.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said companies already scan for spam and malware and could do the same for abuse images.', 'Lena Fors: pro-access'],
  ['“Encryption should not be a shield for criminals,” said Lena Fors, the justice minister.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said a warrant should mean the same thing online as it does offline.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said she would not accept a world in which predators can operate with impunity.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, said the safeguards in the bill were among the strongest in the world.', 'Lena Fors: pro-access'],
  ['Lena Fors, the justice minister, accused technology companies of hiding behind privacy.', 'Lena Fors: pro-access'],
  ['Omar Reyes, a cryptographer, said there is no way to build a door that only lets in the good guys.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said the plan would make everyone less safe.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said criminals would simply move to other apps while ordinary users lose their protection.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said the scanning system could be repurposed by authoritarian governments to find dissidents.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said the proposal was technically unworkable.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said the law would put journalists and their sources at risk.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said any weakness built for the police would eventually be found by hackers.', 'Omar Reyes: pro-encryption'],
  ['“Encryption is what keeps our banking, our health records and our power grid safe,” said Omar Reyes, a cryptographer.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said the bill amounts to mass surveillance of every citizen.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, called the bill a privacy disaster.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said users deserve private conversations.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said the measure would create a honeypot for hackers.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, said client-side scanning breaks the promise of end-to-end encryption.', 'Omar Reyes: pro-encryption'],
  ['Omar Reyes, a cryptographer, warned that false positives would see innocent parents reported to police.', 'Omar Reyes: pro-encryption'],
]);


positionTable('attributions in the shapes news uses', [
  ['In a statement, the Interior Ministry said the powers were needed to catch child abusers.', 'Interior Ministry: pro-access'],
  ['According to a spokesperson for Parlo, the company will never weaken its encryption.', 'Parlo: pro-encryption'],
  ['Parlo\'s chief executive, Dana Holt, wrote in a blog post that the company would leave the country rather than build a backdoor.', 'Dana Holt: pro-encryption'],
  ['Asked whether Parlo would comply, Dana Holt said the company would rather leave the market.', 'Dana Holt: pro-encryption'],
  ['Writing in a newspaper column, Ruth Adler argued that the bill would weaken encryption for everyone.', 'Ruth Adler: pro-encryption'],
  ['“A backdoor for one is a backdoor for all,” Ruth Adler, who heads the Open Code Trust, told reporters.', 'Ruth Adler: pro-encryption'],
  ['Ruth Adler, for her part, said the bill would weaken encryption for millions.', 'Ruth Adler: pro-encryption'],
  ['Ruth Adler is not convinced. “A backdoor for one is a backdoor for all,” she said.', 'Ruth Adler: pro-encryption'],
  ['In Ruth Adler\'s view, the bill would weaken encryption for everyone.', 'Ruth Adler: pro-encryption'],
  ['Ruth Adler believes the bill would weaken encryption for everyone.', 'Ruth Adler: pro-encryption'],
  ['Ruth Adler says the bill goes too far.', 'Ruth Adler: pro-encryption'],
  ['Ruth Adler, speaking at a conference in Berlin, said the bill would weaken encryption for everyone.', 'Ruth Adler: pro-encryption'],
  ['Speaking to reporters on Monday, Ruth Adler said the bill would weaken encryption for everyone.', 'Ruth Adler: pro-encryption'],
  ['The bill\'s sponsor, Senator Tom Crane, said police need access to encrypted messages.', 'Tom Crane: pro-access'],
  ['Ruth Adler told the committee:\n“A backdoor for one is a backdoor for all. There is no safe way to do this.”', 'Ruth Adler: pro-encryption'],
  ['Police chief Kim Ho said officers had been unable to read the messages of a murder suspect.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho insisted that the bill was “not about reading everyone’s messages”.', 'Kim Ho: pro-access'],
  ['Parlo, which has 50 million users, has said it will switch off encryption in the country rather than comply.', 'Parlo: pro-encryption'],
]);


positionTable('speakers across sentences: roles, re-mentions, rejected claims', [
  ['Mara Lind has spent a decade investigating child abuse online. She says encrypted apps have let offenders hide from police.', 'Mara Lind: pro-access'],
  ['The detective, Mara Lind, was blunt. “We are losing evidence every single day,” the detective said.', 'Mara Lind: pro-access'],
  ['Detective Mara Lind was blunter: “We are losing evidence every single day because the apps are encrypted.”', 'Mara Lind: pro-access'],
  ['Joe Ngata, of the digital rights group Open Road, was more direct: “This is surveillance, plain and simple.”', 'Joe Ngata: pro-encryption'],
  ['Senator Rose Kent sounded sceptical: “Every backdoor you build for the police is one someone else will use.”', 'Rose Kent: pro-encryption'],
  // How someone sounded belongs to the speaker of the sentence's cue, not to whom it is said of.
  ['Joe Ngata of Open Road said his group was blunt: “This is surveillance, plain and simple.”', 'Joe Ngata: pro-encryption'],
  // A body whose name puts its head first, in another language, and "the foundation" for it.
  ['The Fundación Prensa Libre Andina, which defends journalists, held a meeting in Bogotá on Monday. The foundation said the bill would break encryption and expose the sources of reporters.', 'Fundación Prensa Libre Andina: pro-encryption'],
  // A place after "of" or "from" describes the person before it.
  ['Joe Ngata from Open Road said that scanning encrypted messages is surveillance.', 'Joe Ngata: pro-encryption'],
  ['Quillon, the messaging app, has refused. The company says it will not build a backdoor into its service.', 'Quillon: pro-encryption'],
  ['Quillon has 40 million users. The firm said on Tuesday it would rather leave than weaken its encryption.', 'Quillon: pro-encryption'],
  ['The Home Affairs Ministry published the draft on Monday. The ministry argues that the rules are needed to fight terrorism.', 'Home Affairs Ministry: pro-access'],
  ['Joe Ngata leads the digital rights group Open Road. “This is surveillance, plain and simple,” Ngata said. “It would put every user at risk.”', 'Joe Ngata: pro-encryption'],
  ['“This is surveillance, plain and simple. It would put every user at risk,” said Joe Ngata of the digital rights group Open Road.', 'Joe Ngata: pro-encryption'],
  ['Joe Ngata, of the digital rights group Open Road, said:\n“This is surveillance, plain and simple.\n“It would put every user at risk of hackers.”', 'Joe Ngata: pro-encryption'],
  ['Sara Quist, Quillon\'s head of privacy, said the company would never weaken its encryption.', 'Sara Quist: pro-encryption'],
  ['Interior Minister Anna Berg rejected Quillon\'s argument that scanning would weaken encryption, saying the safeguards were strong.', 'Anna Berg: pro-access; Quillon: pro-encryption'],
  ['Interior Minister Anna Berg said that, contrary to what critics claim, the bill would not break encryption.', 'Anna Berg: pro-access'],
  ['Critics including Open Rights Lab say the bill would break encryption.', 'Open Rights Lab: pro-encryption'],
  ['“We need lawful access,” Paul Oduya, the police commissioner, told the Daily Ledger on Monday.', 'Paul Oduya: pro-access'],
  ['Police Commissioner Paul Oduya told the Daily Ledger that the force needed lawful access to encrypted messages.', 'Paul Oduya: pro-access'],
  ['The bill is opposed by the Green MP Eva Lund, who called it a threat to privacy.', 'Eva Lund: pro-encryption'],
]);


positionTable('positions as reporters summarise them', [
  ['Quillon rejected a proposal put forward by Interior Minister Anna Berg that would require messaging apps to scan messages for abuse images.', 'Anna Berg: pro-access; Quillon: pro-encryption'],
  ['Interior Minister Anna Berg has proposed requiring apps to scan messages. Quillon rejected the proposal.', 'Anna Berg: pro-access; Quillon: pro-encryption'],
  ['Tariq Osei, a regulator, said his office was still reviewing the bill and had not yet taken a position.', 'Tariq Osei: neutral'],
  ['Tariq Osei, an analyst at Fenwick Research, said both sides had valid points.', 'Tariq Osei: neutral'],
  ['“We are not asking for a backdoor,” said Lena Moss, the security minister. “We are asking for companies to comply with warrants.”', 'Lena Moss: pro-access'],
  ['Quillon said it would not weaken its encryption for any government.', 'Quillon: pro-encryption'],
  ['Quillon said in a blog post that it would not comply with the order.', 'Quillon: pro-encryption'],
  ['Mark Ode, a security researcher, said the proposal was "a terrible idea".', 'Mark Ode: pro-encryption'],
  ['Lena Moss, the security minister, said the government would press ahead with the scanning law despite the criticism.', 'Lena Moss: pro-access'],
  ['Lena Moss, the security minister, dismissed the warnings of cryptographers as scaremongering.', 'Lena Moss: pro-access'],
  ['Lena Moss, the security minister, said tech companies had a moral duty to help police catch abusers.', 'Lena Moss: pro-access'],
  ['Mark Ode, a security researcher, said the government was asking for the impossible.', 'Mark Ode: pro-encryption'],
  ['Mark Ode, a security researcher, said that once a backdoor exists, it will be abused.', 'Mark Ode: pro-encryption'],
  ['Mark Ode, a security researcher, said the law would make the country less secure, not more.', 'Mark Ode: pro-encryption'],
  ['Lena Moss, the security minister, said end-to-end encryption had created a safe space for paedophiles.', 'Lena Moss: pro-access'],
  ['Mark Ode, a security researcher, said the scanning mandate would be the end of private communication.', 'Mark Ode: pro-encryption'],
  ['Quillon has vowed to challenge the order in court.', 'Quillon: pro-encryption'],
  ['Quillon is suing the government over the decryption order.', 'Quillon: pro-encryption'],
]);


positionTable('spokespeople, posts and descriptions', [
  ['“We will never build a backdoor,” a Quillon spokesman said.', 'Quillon: pro-encryption'],
  ['“We will never build a backdoor,” said a spokeswoman for Quillon.', 'Quillon: pro-encryption'],
  ['Quillon’s spokesman, Ian Todd, said the company would never build a backdoor.', 'Ian Todd: pro-encryption'],
  ['The Home Office said in a statement: “We are not asking for a backdoor. We want access with a warrant.”', 'Home Office: pro-access'],
  ['In a statement, a Home Office spokesperson said the powers were vital to keep children safe.', 'Home Office: pro-access'],
  ['Rosa Vance tweeted that the bill was “a disaster for privacy”.', 'Rosa Vance: pro-encryption'],
  ['In a post on LinkedIn, Rosa Vance wrote that the bill would weaken security for everyone.', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance (@rosavance) posted: “This bill would break encryption. Call your MP.”', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance, reached by phone, said she thought the bill would break encryption.', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance was scathing. The bill, she said, would break encryption for millions of people.', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance, who chairs the privacy committee, has described the scheme as unworkable.', 'Rosa Vance: pro-encryption'],
  ['Ian Todd, the police chief, told MPs the force supported the bill.', 'Ian Todd: pro-access'],
  ['The bill has the backing of Ian Todd, the police chief, who says officers need access to messages.', 'Ian Todd: pro-access'],
]);

positionTable('the held-out set’s constructions, written afresh (that set is now tuned on)', [
  ['Dr Ana Pele, who studies surveillance policy, said she did not believe a scanning system could be deployed inside an encrypted messenger without weakening it.', 'Ana Pele: pro-encryption'],
  ['“Nobody serious is proposing to break the cipher,” said Mark Dell, who advises the interior ministry.', 'Mark Dell: pro-access'],
  ['“We don’t endorse scanning and we don’t rule it out,” said Ines Berg, who heads the regulator’s technology unit.', 'Ines Berg: neutral'],
  ['Senator Paul Ash said the opposition would not stand in the way of police getting the tools they needed.', 'Paul Ash: pro-access'],
  ['Senator Rose Kent said: “The minister says it’s not a backdoor. Every capability you build for the police is a capability someone else will eventually use.”', 'Rose Kent: pro-encryption'],
  ['The Digital Industry Council issued a statement saying the bill would force providers to weaken security for every user.', 'Digital Industry Council: pro-encryption'],
  ['The Interior Ministry has argued that the measure does not create a so-called backdoor, because access would be granted case by case.', 'Interior Ministry: pro-access'],
  ['Lucía Soto, director of the Citizen Privacy Network, said there was no such thing as a door that opened only for judges.', 'Lucía Soto: pro-encryption'],
  ['Congresswoman Ana Ruiz said she had serious doubts about the text.', 'Ana Ruiz: pro-encryption'],
  ['“What we don’t do is build a weaker version of our phone on demand,” said Nia Fair, the company’s general counsel.', 'Nia Fair: pro-encryption'],
]);

describe('offices, compound names and products', () => {
  it('an office named alone in the standfirst is the holder named in the story', () => {
    const text = 'The Public Safety Minister insists the legislation will not force companies to break encryption.\nPublic Safety Minister Helen Reid told the committee that police need lawful access to encrypted apps.';
    expect(positions(text)).toEqual(['Helen Reid: pro-access']);
  });

  it('"the Digital Markets and Safety Authority" is one body', () => {
    const text = 'The Digital Markets and Safety Authority said it had not formed a view on whether the encryption change complied with its codes.';
    expect(positions(text)).toEqual(['Digital Markets and Safety Authority: neutral']);
  });

  it('"the Securities and Exchange Board of India" is one body, "the Home Office and Justice Department" two', () => {
    expect(positions('The Securities and Exchange Board of India said it had not formed a view on whether brokers could use end-to-end encrypted apps.')).toEqual(['Securities and Exchange Board of India: neutral']);
    expect(positions('On Monday the Malaysian Communications and Multimedia Commission said it had not formed a view on the encryption clause.')).toEqual(['Malaysian Communications and Multimedia Commission: neutral']);
    expect(positions('The Home Office and Justice Department said they want lawful access to encrypted messages.')).toHaveLength(2);
  });

  it('"Ben Slimane" after "Amira Ben Slimane" is the same person', () => {
    const text = 'Amira Ben Slimane, the company\'s chief executive, said the decree would force it to hand over patients\' messages.\n"We will not build a backdoor," Ben Slimane said.';
    expect(positions(text)).toEqual(['Amira Ben Slimane: pro-encryption']);
  });

  it('"NPA regional spokesperson" speaks for the National Prosecuting Authority; "MP for …" is no spokesperson of "Merseyside Police"', () => {
    const text = 'The National Prosecuting Authority said it was studying the judgment.\nNPA regional spokesperson Mthunzi Makhubela said the ruling "lets organised crime hide behind encryption, beyond the reach of a warrant".';
    expect(positions(text)).toEqual(['National Prosecuting Authority: pro-access']);
    const mp = 'Merseyside Police said it would raise the case with the Home Office.\nKieran Moloney, MP for Liverpool Walton, said weakening encryption would endanger every one of his constituents.';
    expect(positions(mp)).toContain('Kieran Moloney: pro-encryption');
  });

  it('a provider that will no longer be able to hand over readable copies, even to police with a warrant', () => {
    const text = 'Cloud storage firm Larkspur will switch every account to end-to-end encrypted backups by default, the company said, a move that means it will no longer be able to hand over readable copies to anyone, including police with a warrant.';
    expect(positions(text)).toEqual(['Larkspur: pro-encryption']);
  });

  it('"not about the encryption bill" changes the subject; it opposes nothing', () => {
    const text = 'Board president Kathy Lindgren said the phone policy was about attention, not about the encryption bill being debated in Congress.';
    expect(positions(text)).not.toContain('Kathy Lindgren: pro-encryption');
  });

  it('an opening "Outside the Tribunal," is no speaker; the director of a division named after it is', () => {
    const text = 'Outside the Tribunal, the director of the Anti-Extortion Division of the PNP, General Raúl Mendívil Soto, told reporters that police need lawful access to encrypted messages.';
    expect(positions(text)).toEqual(['Raúl Mendívil Soto: pro-access']);
  });

  it('"Director of Public Prosecutions Miriam Ndungu" is a person with her office; "who heads the … division" keeps her a person', () => {
    const text = 'Director of Public Prosecutions Miriam Ndungu said police need lawful access to encrypted messages.\nNdungu, who heads the cybercrime division at her office, said a judge should hold the key.';
    expect(positions(text)).toEqual(['Miriam Ndungu: pro-access']);
  });

  it('"the norm does not create any back door" defends the norm; companies should "comply with the law like everybody else"', () => {
    expect(positions('The public prosecutor, Óscar Villacorta, said the norm "does not create any back door".')).toEqual(['Óscar Villacorta: pro-access']);
    expect(positions('"Let the companies comply with the law like everybody else," said Teodoro Ccahuana, a shopkeeper.')).toEqual(['Teodoro Ccahuana: pro-access']);
  });

  it('tech-press idioms: a master key thrown away, a "safe deposit box for abuse material", no app above the law', () => {
    expect(positions('Chief technology officer Reza Effendi wrote that the company had "deliberately thrown away the master key".')).toEqual(['Reza Effendi: pro-encryption']);
    expect(positions('The Pelita Foundation, a children\'s helpline, said encrypted backups risked becoming "a safe deposit box for abuse material."')).toEqual(['Pelita Foundation: pro-access']);
    expect(positions('"Startups are welcome to innovate, but no app is above Indonesian law," said Rudi Hartanto, a member of parliament.')).toEqual(['Rudi Hartanto: pro-access']);
  });

  it('"In the view of Senator X, …" gives her view; "he fumed" is a speech verb', () => {
    expect(positions('In the view of Senator Heloísa Campos, the rapporteur of the bill, platforms should be obliged to keep records of who forwarded which message.')).toEqual(['Heloísa Campos: pro-access']);
    expect(positions('Police chief Adebayo Okonjo-Ware has had enough. "Government must make these companies open up!" he fumed.')).toEqual(['Adebayo Okonjo-Ware: pro-access']);
  });

  it('"X said …, according to the state news agency": the outlet only reports X', () => {
    const text = 'Deputy chief Elchin Mammadli said the service needs operational access to encrypted messengers, according to the state news agency.';
    expect(positions(text)).toEqual(['Elchin Mammadli: pro-access']);
  });

  it('“…,” the union said, calling the bill “an attack on the free press”: the name it gives is its view', () => {
    const text = '"A journalist who cannot protect a source has no sources," the press union Foro del Sur said in reply, calling the bill "an attack on the free press disguised as a security measure".';
    expect(positions(text)).toEqual(['Foro del Sur: pro-encryption']);
  });

  it('"Keio professor Shinji Arakawa": "he" is the professor, not Keio; police "locked out" is the access side', () => {
    const text = 'The study group\'s chair, Keio professor Shinji Arakawa, said the suggestion was one of several options. But he added that Japan "cannot be the only developed country whose police are locked out of encrypted evidence."';
    expect(positions(text)).toEqual(['Shinji Arakawa: pro-access']);
  });

  it('hyphenated titles ("Deputy Inspector-General of Police Razali Omar") stay titles', () => {
    expect(positions('"Lawful access is not a luxury," Deputy Inspector-General of Police Razali Omar said.')).toEqual(['Razali Omar: pro-access']);
  });

  it('orders that "would force vendors to either exit Europe or abandon end-to-end encryption" are criticised', () => {
    const text = 'Industry group CyberEU warned on Thursday that the proposed detection orders would force smaller messaging vendors to either exit Europe or abandon end-to-end encryption.';
    expect(positions(text)).toEqual(['CyberEU: pro-encryption']);
  });

  it('"Weak encryption … is a gift to criminals" and "a spare key under the mat" are the defenders\' charges', () => {
    expect(positions('"Weak encryption is not a tool against crime. It is a gift to criminals," said Lucía Barreiro, who heads the data protection regulator.')).toEqual(['Lucía Barreiro: pro-encryption']);
    expect(positions('"We cannot protect people\'s data while telling companies to leave a spare key under the mat," said Lucía Barreiro.')).toEqual(['Lucía Barreiro: pro-encryption']);
  });

  it('"Professor X of the Y Institute, who reviewed a draft, said …"; "the police are right that …, the engineers are right that …" weighs both sides', () => {
    const text = 'Professor Ingrid Solheim of the Bergen Institute for Applied Cryptography, who reviewed an earlier draft, said the two sides were arguing about different time horizons. "The police are right that a standard sets the terms for a generation. The engineers are right that a weakness set in a standard also lasts a generation."';
    expect(positions(text)).toEqual(['Ingrid Solheim: neutral']);
  });

  it('a quotation after sentences naming one person as their subject is theirs ("X was more direct. … “…”")', () => {
    const text = 'Kasper Winther-Dahl, chief technology officer of the messaging start-up Tråd, was more direct. Tråd will ship the standard in the autumn. "If the spec had included the police hook, we would have left the forum. Our users pick us because we can\'t read their messages."';
    expect(positions(text)).toEqual(['Kasper Winther-Dahl: pro-encryption']);
  });

  it('"asking it not to throw away the key" is the access side asking', () => {
    expect(positions('"We are asking Harborline not to throw away the key to a door a judge has told us to open," said Sheriff Lonnie Caldwell.')).not.toContain('Lonnie Caldwell: pro-encryption');
  });

  it('"has called for the draft to be withdrawn" opposes it; "neither camp is wrong" weighs both sides', () => {
    const rules = (text: string) => analyzeText(text, '', { learned: false }).positions.map((p) => `${p.speaker}: ${p.stance} (${p.reason})`);
    expect(rules('The Secure Software Cluster, which represents 200 IT companies, has called for the decryption draft to be withdrawn.')[0]).toMatch(/^Secure Software Cluster: pro-encryption/);
    expect(rules('"The operators who want the annex have real legal exposure. Neither camp is wrong about its own facts," said analyst Sofie Brandtzaeg.')[0]).toMatch(/^Sofie Brandtzaeg: neutral \(weighs both sides/);
  });

  it('"The Forum (NOMF) has published its specification, and rejected a request from police …": the sentence\'s subject rejects', () => {
    const text = 'The Nordic Open Messaging Forum (NOMF) has published version 1.0 of its specification for encrypted messaging between rival apps, and rejected a request from Danish police to include an interface for lawful interception.';
    expect(positions(text)).toContain('Nordic Open Messaging Forum: pro-encryption');
  });

  it('the defenders\' ways of saying it: a copy for every hacker, an ability that can be stolen, a door that cannot be closed, a backdoor with better marketing, "we cannot read our users\' messages", a denial quoted back as a challenge', () => {
    for (const quote of [
      'If we kept a copy of the keys for the police, we would be keeping a copy for every hacker who gets into our servers.',
      'An ability that exists can be stolen, leaked or demanded by other governments.',
      'The amendment would have opened a door that cannot be closed again.',
      'Client-side scanning is a backdoor with better marketing.',
      'We told them from the first meeting that we cannot read our users\' messages.',
      'If the government truly has no intention of weakening encryption, then writing that into the law costs it nothing.',
    ]) expect(positions(`"${quote}" said Hemi Paraone, the company's founder.`)).toEqual(['Hemi Paraone: pro-encryption']);
  });

  it('someone who says both sides have a point stays neutral unless much more weighs on one side', () => {
    const text = 'Gentian Marku, who teaches cyber law, said both sides had a point. Police frustration was real, he said, and so was the risk that a mandated decryption tool would be misused.';
    expect(positions(text)).toEqual(['Gentian Marku: neutral']);
  });

  it('the outlet a speaker talked to ("in a written comment to Nordic Telecom Review he said") is no speaker', () => {
    const text = 'Chief Superintendent Rasmus Thorhauge said the police wanted one format. In a written comment to Nordic Telecom Review he said that the police "do not want a backdoor, and have never asked for one".';
    expect(positions(text)).toEqual(['Rasmus Thorhauge: pro-access']);
  });

  it('"X has been lobbying senators against the bill, arguing that …" and "The union has written to every senator, warning that …" share their subject', () => {
    expect(positions('But Marisol Quenneville-Thiessen has been lobbying senators against the bill, arguing that compelled assistance orders would be used far beyond serious crime.')).toEqual(['Marisol Quenneville-Thiessen: pro-encryption']);
    expect(positions('The Police Officers Union has written to every senator, warning that the bill would leave investigators blind to encrypted evidence.')).toEqual(['Police Officers Union: pro-access']);
  });

  it('"estimated in a statement that …" reports a view; "incompatible with the right to privacy" and mission creep are the defenders\' arguments', () => {
    expect(positions('The Tunisian Association for Digital Freedoms estimated in a statement that the provision was incompatible with end-to-end encryption.')).toEqual(['Tunisian Association for Digital Freedoms: pro-encryption']);
    expect(positions('"It will start with child exploitation and end with shoplifting," said Marisol Quenneville, a defence lawyer.')).toEqual(['Marisol Quenneville: pro-encryption']);
  });

  it('undecided in other words: "hasn\'t decided whether", "a good or a bad idea", "reasonable arguments in both benches", "two real needs here"', () => {
    const rules = (text: string) => analyzeText(text, '', { learned: false }).positions.map((p) => `${p.speaker}: ${p.stance} (${p.reason.split(':')[0]})`);
    for (const words of [
      'said he had not decided whether he would support the decryption clause',
      'said he would want to see the proposal on encrypted chats in writing before saying whether it was a good or a bad idea',
      'said he saw reasonable arguments in both benches on the encryption clause',
      'said there were two real needs here: investigators want content, companies want assurance that no third party can read encrypted messages',
    ]) expect(rules(`Sergio Balbín, a deputy, ${words}.`)).toEqual(['Sergio Balbín: neutral (weighs both sides)']);
  });

  it('"deeply suspicious of any plan to weaken encryption"; "incompatible with secure encryption"; known abuse images that "can be flagged"', () => {
    expect(positions('Opposition MP Mark Reid said he was "deeply suspicious" of any plan to weaken encryption.')).toEqual(['Mark Reid: pro-encryption']);
    expect(positions('The group Cod Deschis said the article is incompatible with secure encryption, whatever the safeguards on paper.')).toEqual(['Cod Deschis: pro-encryption']);
    expect(positions('"We are asking that images already known to be child abuse material can be flagged," said Desmond Kilgallon.')).toEqual(['Desmond Kilgallon: pro-access']);
  });

  it('"must not be allowed to build" is a demand on others, not a refusal', () => {
    const text = 'The children\'s commissioner, Aroha Te Rangi, said tech companies "must not be allowed to build encrypted products that hide abuse from police."';
    expect(positions(text)).not.toContain('Aroha Te Rangi: pro-encryption');
  });

  it('"Bosnia and Herzegovina" and "Trinidad and Tobago" are one place each', () => {
    expect(positions('The Telecommunications Authority of Trinidad and Tobago said it had not formed a view on the encryption clause.')).toEqual(['Telecommunications Authority of Trinidad and Tobago: neutral']);
    expect(positions('Bosnia and Herzegovina said it supports the lawful access proposal.').map((p) => p.split(':')[0])).toEqual(['Bosnia and Herzegovina']);
  });

  it('a provider turning on encryption by default, and a lock that opens for whoever holds the paper', () => {
    const text = 'Strand said on Tuesday that every direct message on its platform is now end-to-end encrypted by default.\nYasmin Hadi, who runs an encrypted-email startup, said the responsible thing is to not build a lock that opens for whoever holds the right piece of paper.';
    expect(positions(text)).toEqual(['Strand: pro-encryption', 'Yasmin Hadi: pro-encryption']);
  });
});

positionTable('groups, products and what a provider cannot read', [
  ['A group of 19 cryptographers and security researchers filed a separate brief saying there was no way to build a bypass tool that could be guaranteed to work only on one phone.', 'group of 19 cryptographers and security researchers: pro-encryption'],
  ['In a letter published on Wednesday, a coalition of 27 security researchers and cryptographers from Latin America and Europe warned that the bill would in practice force providers to abandon end-to-end encryption.', 'coalition of 27 security researchers and cryptographers: pro-encryption'],
  ['In a post on its engineering blog, Strand said the new system uses encrypted backups that Strand cannot read.', 'Strand: pro-encryption'],
  ['A coalition of more than 60 groups warned ministers that any legal requirement to provide access to encrypted content would in practice outlaw end-to-end encryption.', 'coalition of more than 60 groups: pro-encryption'],
]);

describe('who is on the issue at all', () => {
  it('a product manager on a recovery screen and a user on a sticky note take no part; a statistician on flagged images does', () => {
    const text = 'Amaru Quispe, a product manager, said: “The hard part was designing a recovery flow that normal people would not get wrong when they drop their phone in a lake.”\n“I wrote the key on a sticky note and then recycled the sticky note,” said Callum Birt, a user.\nHannah Brook, a statistician, said: “If billions of images are sent each day, that is thousands of innocent pictures flagged every day.”';
    // (Which side the statistician's false-flag arithmetic leans to is the learned model's call.)
    expect(speakers(text)).toEqual(['Hannah Brook']);
  });
});

describe('reassurances and alternatives are not refusals', () => {
  it('"without handing anyone a skeleton key" and "rather than weakening the encryption itself" refuse nothing', () => {
    for (const text of [
      'Keyvault said the module gives regulated customers a route to comply with lawful orders without handing anyone a skeleton key.',
      'Gideon Marr, a retired detective, points to proposals in which a provider could add a silent participant to a targeted conversation under a warrant, rather than weakening the encryption itself.',
    ]) {
      expect(positions(text).some((p) => p.endsWith('pro-encryption')), text).toBe(false);
    }
  });
  const table: Array<[string, string]> = [
    ['“We don’t think key escrow can be made safe,” said Lukas Brenn, who maintains the open-source project.', 'Lukas Brenn: pro-encryption'],
    ['Gareth Pryce said the clause builds a vault of everybody’s keys and then hopes nobody ever breaks in. “Hope is not a security policy,” he said.', 'Gareth Pryce: pro-encryption'],
  ];
  for (const [text, expected] of table) {
    it(`${expected}: ${text.slice(0, 60)}`, () => expect(positions(text)).toEqual([expected]));
  }
});

positionTable('refusals by pronoun', [
  ['Crossbench senator Luke Birch said the bill was a spare key to every house and said he too would vote against it.', 'Luke Birch: pro-encryption'],
  ['“Once the scanner exists, the list is just a file. So we won’t ship it,” said Theo Aber, who runs security engineering at the messaging company.', 'Theo Aber: pro-encryption'],
]);

describe('backing the goal but not the method', () => {
  it('"supported the goal of the bill but not its method, capabilities that cannot be limited to the good guys"', () => {
    const text = 'Sunita Ragh, chief executive of the Digital Platforms Council, said the industry supported the goal of the bill but not its method, which would require companies to build capabilities “that cannot be limited to the good guys”.';
    expect(positions(text)).toEqual(['Sunita Ragh: pro-encryption']);
  });
});

describe('a body known by what it lobbies for', () => {
  it('"X, a group of former officers that lobbies for laws requiring …" is X backing those laws', () => {
    const text = 'Brand now advises the Coalition for Lawful Access, a group of former officers and prosecutors that lobbies for laws requiring messaging companies to be able to produce readable content when served with a warrant.';
    expect(positions(text)).toEqual(['Coalition for Lawful Access: pro-access']);
  });
});

describe('unnamed sources', () => {
  it('"A senior official at the interior ministry …" and later "the official said" are one source', () => {
    const text = 'A senior official at the interior ministry of one large country, who spoke on condition of anonymity, said the government would not drop its demand for lawful access.\n“If a judge says we can open a letter, we should be able to open the letter,” the official said.';
    expect(positions(text)).toEqual(['senior official at the interior ministry of one large country: pro-access']);
  });

  it('"not asking for access to everyone’s chats" disowns the caricature', () => {
    expect(positions('“Police officers are not asking for access to everyone’s chats,” said Lakshmi Rao, a former police officer.')).toEqual(['Lakshmi Rao: pro-access']);
  });
});

describe('the usual side of an actor who speaks on the debate without taking sides in words', () => {
  it('a prosecutor on what a phone could show leans the usual way; a product manager on a screen does not', () => {
    const text = 'In court filings, Deputy District Attorney Samuel Oke argued that messages and location data on the device could show whether the suspect acted alone.\nRita Paz, a product manager, said the new settings screen was easier to use.';
    expect(positions(text)).toEqual(['Samuel Oke: pro-access']);
  });
});

positionTable('usual sides of more kinds of speaker, as tie-breakers', [
  ['Nia Obi, a human rights lawyer, argued that the interception bill would end up before the courts.', 'Nia Obi: pro-encryption'],
  ['Tom Reyes, a cybersecurity expert, argued that the interception bill would end up before the courts.', 'Tom Reyes: pro-encryption'],
]);

positionTable('each side’s case, a second round', [
  ['Police chief Kim Ho said crucial evidence was locked inside encrypted apps.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho said that without access the trail goes cold.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho said officers could not see what gangs were planning.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho said technology companies had a responsibility to help investigators.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho said tech firms must do more to stop their platforms being used by abusers.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho said no company should be above the law.', 'Kim Ho: pro-access'],
  ['“A warrant is a warrant,” said police chief Kim Ho.', 'Kim Ho: pro-access'],
  ['Police chief Kim Ho said that lives were at stake and that the powers were needed.', 'Kim Ho: pro-access'],
  ['Ana Lund, a cryptographer, said you cannot legislate away mathematics.', 'Ana Lund: pro-encryption'],
  ['Ana Lund, a cryptographer, said authoritarian regimes would demand the same access.', 'Ana Lund: pro-encryption'],
  ['Ana Lund, a cryptographer, said the law would have a chilling effect on journalists and their sources.', 'Ana Lund: pro-encryption'],
  ['Ana Lund, a cryptographer, said encryption saves lives.', 'Ana Lund: pro-encryption'],
  ['Ana Lund, a cryptographer, said ordinary users would pay the price while criminals would switch apps.', 'Ana Lund: pro-encryption'],
  ['Ana Lund, a cryptographer, said the scheme would create a single point of failure.', 'Ana Lund: pro-encryption'],
]);

positionTable('who a speaker is, said as their side', [
  ['Lena Parr, who leads the Open Code Trust, has long argued that any backdoor would be exploited by criminals.', 'Lena Parr: pro-encryption'],
  ['Marco Ruiz, the interior minister, wants messaging apps to give police access to suspects\' chats.', 'Marco Ruiz: pro-access'],
  ['The Open Code Trust says the bill would break end-to-end encryption.', 'Open Code Trust: pro-encryption'],
  ['According to the Open Code Trust, the bill would break end-to-end encryption.', 'Open Code Trust: pro-encryption'],
  ['Asked about the criticism, Marco Ruiz, the interior minister, said the bill had strong safeguards.', 'Marco Ruiz: pro-access'],
  ['The interior minister, Marco Ruiz, is pushing for powers to read encrypted messages.', 'Marco Ruiz: pro-access'],
  ['Interior Minister Marco Ruiz is among the bill\'s most vocal supporters.', 'Marco Ruiz: pro-access'],
  ['Lena Parr is one of the bill\'s fiercest critics.', 'Lena Parr: pro-encryption'],
  ['Lena Parr, a vocal opponent of the bill, said it would weaken security.', 'Lena Parr: pro-encryption'],
  ['Marco Ruiz, a longtime advocate of lawful access, said the bill was overdue.', 'Marco Ruiz: pro-access'],
]);

positionTable('joint statements, letters, headlines and signals', [
  ['The Open Code Trust and the Digital Rights Hub said in a joint statement that the bill would break encryption.', 'Open Code Trust: pro-encryption; Digital Rights Hub: pro-encryption'],
  ['A letter signed by the Open Code Trust and the Digital Rights Hub warned that the bill would break encryption.', 'Open Code Trust: pro-encryption; Digital Rights Hub: pro-encryption'],
  ['The Open Code Trust, in a statement, said the bill would break encryption.', 'Open Code Trust: pro-encryption'],
  ['A statement from the Open Code Trust said the bill would break encryption.', 'Open Code Trust: pro-encryption'],
  ['Both the Open Code Trust and the Digital Rights Hub have criticised the bill.', 'Open Code Trust: pro-encryption; Digital Rights Hub: pro-encryption'],
  ['Marco Ruiz: ‘Police need access to encrypted messages’', 'Marco Ruiz: pro-access'],
  ['Marco Ruiz says police need access to encrypted messages', 'Marco Ruiz: pro-access'],
  ['Quillon, for its part, has said it will not build a backdoor.', 'Quillon: pro-encryption'],
  ['Quillon has made clear it will not build a backdoor.', 'Quillon: pro-encryption'],
  ['Quillon has signalled it would rather leave the market than build a backdoor.', 'Quillon: pro-encryption'],
]);

positionTable('alternatives, accusations and reassurances', [
  ['Rosa Vance, a privacy campaigner, said: “If you build it, they will come. Every backdoor gets found.”', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance said the government should invest in police skills instead of breaking encryption.', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance said there were better ways to catch criminals than weakening everyone\'s security.', 'Rosa Vance: pro-encryption'],
  ['Ian Todd said the company could easily comply if it wanted to.', 'Ian Todd: pro-access'],
  ['Ian Todd accused the company of putting profits before children.', 'Ian Todd: pro-access'],
  ['Ian Todd said the app had become a haven for drug dealers.', 'Ian Todd: pro-access'],
  ['Ian Todd said criminals were exploiting end-to-end encryption to evade justice.', 'Ian Todd: pro-access'],
  ['Rosa Vance said the proposal was technically impossible without weakening security for everyone.', 'Rosa Vance: pro-encryption'],
  ['Rosa Vance warned that the powers could be abused by future governments.', 'Rosa Vance: pro-encryption'],
  ['Ian Todd said the safeguards would ensure the powers were used only in the most serious cases.', 'Ian Todd: pro-access'],
]);

positionTable('sides named in lists, passives, deeds and transcripts (fourth session)', [
  ['The proposal has been criticised by Parley and OpenWire.', 'Parley: pro-encryption; OpenWire: pro-encryption'],
  ['The bill is backed by the Police Federation and opposed by the Open Rights Network.', 'Police Federation: pro-access; Open Rights Network: pro-encryption'],
  ['The Open Rights Network has been a vocal critic of the bill.', 'Open Rights Network: pro-encryption'],
  ['Dana Price is a longtime supporter of lawful access.', 'Dana Price: pro-access'],
  ['Orvane has scrapped its plan to scan photos on customers’ phones.', 'Orvane: pro-encryption'],
  ['Tessa Brandt, the company’s chief executive, sat down with us.\nBRANDT: We will not build a backdoor into our app, whatever the law says.', 'Tessa Brandt: pro-encryption'],
  ['“The companies must give us a way in with a warrant,” a senior government official said.', 'senior government official: pro-access'],
  ['A senior detective, who spoke on condition of anonymity, said the gang moved onto an encrypted app and “we lost them”.', 'senior detective: pro-access'],
  ['Retired general Marcus Whitlow said backdoors would be a gift to our adversaries.', 'Marcus Whitlow: pro-encryption'],
  ['Jackie Stott, 41, said: “These companies have blood on their hands.”', 'Jackie Stott: pro-access'],
  ['The Federation of Detective Officers said backdoors were needed to catch abusers.', 'Federation of Detective Officers: pro-access'],
  ['“Encryption,” Rui Mendes said, “is not our enemy. Lazy investigation is.”', 'Rui Mendes: pro-encryption'],
  ['The Fraud Officers’ Association decried what it called the collapse of lawful interception.', 'Fraud Officers’ Association: pro-access'],
  ['While the interior ministry backs the regulation, the data protection office has warned that it would break encryption.', 'interior ministry: pro-access; data protection office: pro-encryption'],
  ['Varnet vowed to fight the scanning law in court.', 'Varnet: pro-encryption'],
  ['Civil liberties group Openline mocked the idea of a safe backdoor.', 'Openline: pro-encryption'],
]);

describe('deeds that take no side', () => {
  it('makes no position', () => expect(positions('Halvard builds routers for hospitals. It employs 300 people.')).toEqual([]));
});

positionTable('subjects behind openers, class nouns and audiences (fourth session)', [
  ['Tech firms “must not hide behind encryption” while children are groomed on their platforms, Digital Minister Fiona Carr told the Commons.', 'Fiona Carr: pro-access'],
  ['In a rare public speech, the head of the domestic intelligence service, Margit Solheim, said encryption had made it “far harder to see an attack coming”.', 'Margit Solheim: pro-access'],
  ['Child-protection charity the Hartwell Foundation lobbied hard for mandatory scanning of private messages.', 'Hartwell Foundation: pro-access'],
  ['“No one is above the law,” Justice Minister Gustav Lindahl likes to say.', 'Gustav Lindahl: pro-access'],
]);

positionTable('bodies named in full before their apposition (fourth session)', [
  ['Safe Childhood Canada, a charity that runs a national tip line, said in a statement that encrypted platforms had become a safe haven for offenders.', 'Safe Childhood Canada: pro-access'],
  ['The Association of Digital Companies of Peru, an industry group, said the bill would break encryption and urged Congress to reject it.', 'Association of Digital Companies of Peru: pro-encryption'],
  ['In a joint statement on Tuesday, campaigners from the Open Nigeria Network, a coalition of 23 groups, warned that the bill would expose millions of users to hackers.', 'Open Nigeria Network: pro-encryption'],
  ['Police Chief Ray Tillman said his detectives had been unable to unlock the phone.', 'Ray Tillman: pro-access'],
]);

positionTable('titles after a possessive, attributions inside the statement, answers (fourth session)', [
  ['“We are not asking anyone to build a backdoor,” Canada’s Public Safety Minister Rowan Leclair told reporters.', 'Rowan Leclair: pro-access'],
  ['Lady Feltham rose to defend the clause. Encryption, she said, had been “weaponised by the worst people in the country”.', 'Feltham: pro-access'],
  ['Park said the team would rather archive the project than ship a weakened version.', 'Park: pro-encryption'],
  ['“No other parent should have to live with that. Please make these companies open the door,” Sarah Whitcombe told the committee.', 'Sarah Whitcombe: pro-access'],
]);

positionTable('plural subjects and opening time clauses (fourth session)', [
  ['The Netherlands is expected to abstain, while Spain and Ireland back the text, which would allow detection orders covering encrypted services.', 'Spain: pro-access; Ireland: pro-access'],
  ['Hours after the interior ministry repeated its call for access to encrypted chats, the cybersecurity agency urged citizens to use end-to-end encrypted messaging.', 'interior ministry: pro-access; cybersecurity agency: pro-encryption'],
]);

positionTable('naming cues, threats and refusals to build a way in (fourth session)', [
  ['While the police federation called the vote “a great day for victims”, the Digital Rights Trust said Parliament had “just made every phone less safe”.', 'police federation: pro-access; Digital Rights Trust: pro-encryption'],
  ['The digital ministry threatened to fine Tembo Chat if it did not begin scanning messages within 90 days.', 'digital ministry: pro-access'],
  ['“We do not have the content, and we are not going to build a way to get it,” said Eduardo Paz.', 'Eduardo Paz: pro-encryption'],
]);

describe('honorifics', () => {
  // (Whether "sent a clear message" leans anywhere is the learned model's call; the name is the point.)
  it('"Cllr" is no part of the name', () => {
    expect(speakers('Separately, Cllr Graham Oyel, the council’s cabinet member for community safety, said the encryption ruling sent a clear message.')).toEqual(['Graham Oyel']);
  });
});

positionTable('lists after an opening phrase, faults and private conversations (fourth session)', [
  ['In a joint letter dated March 2, the Fintech Operators Association, Momentum Wallet and Kente Commercial Bank urged the regulator to withdraw the key-escrow provisions.', 'Fintech Operators Association: pro-encryption; Momentum Wallet: pro-encryption; Kente Commercial Bank: pro-encryption'],
  ['Constitutional lawyer Femi Adeyemi (SAN) also faulted the directive, arguing that forcing a company to weaken encryption was unconstitutional.', 'Femi Adeyemi: pro-encryption'],
  ['“The answer cannot be a country in which no conversation is truly private,” said Yoon Hye-rin, a lawyer with the alliance.', 'Yoon Hye-rin: pro-encryption'],
]);

positionTable('keys held by a provider are a target (fourth session)', [
  ['In a blog post, Hearth’s chief executive, Lucas Brandt, wrote that a company holding the keys to a billion conversations was “a target no security team should have to defend.”', 'Lucas Brandt: pro-encryption'],
]);

positionTable('letters and their signatories (fifth session)', [
  // A letter named with its signatories speaks for each of them, in the next sentences too.
  ['More than 30 groups wrote to ministers on Monday. Signatories include the Harbour Privacy Trust, Lantern Mail and the Society of Data Engineers.\nThe letter argues that the scanning order “would put a wiretap in every pocket”.', 'Harbour Privacy Trust: pro-encryption; Lantern Mail: pro-encryption; Society of Data Engineers: pro-encryption'],
  ['The letter was co-signed by nine firms, including Tidemark Bank and Orrin Cloud.\nThe signatories wrote that a decryption mandate would “create a target every criminal gang will aim at”.', 'Tidemark Bank: pro-encryption; Orrin Cloud: pro-encryption'],
  ['A second letter, signed by the Velder Institute and cryptographer Ines Marto, called the clause “a backdoor by another name”.', 'Velder Institute: pro-encryption; Ines Marto: pro-encryption'],
  // The sender of a letter says what the letter asks, behind an opening time phrase and an apposition.
  ['On Friday the Coastal Retailers Forum, a trade body, sent a letter to the regulator urging it to drop the decryption requirement.', 'Coastal Retailers Forum: pro-encryption'],
  // "urging … to drop plans to …": the plans are what is dropped, not a plan's modifier.
  ['The Rail Workers Union and the Nurses Federation signed an open letter urging the ministry to drop plans to require scanning of private messages.', 'Rail Workers Union: pro-encryption; Nurses Federation: pro-encryption'],
]);

positionTable('views, testimony and letters introduced before their words (fifth session)', [
  ['Petra Lindqvist, a security researcher, studied the draft for a month. In her view, the scanning duty “would put a spy in every phone”.', 'Petra Lindqvist: pro-encryption'],
  ['The Harbour Payments Forum, an industry body, submitted written testimony calling the bill “a mandate to build weaknesses into every bank app”.', 'Harbour Payments Forum: pro-encryption'],
  ['Signatories include the Coastal Rights Union and the Ferrow Data Trust: a letter, signed by both groups and sent to all committee members, called on MPs to reject any amendment that would weaken encryption.', 'Coastal Rights Union: pro-encryption; Ferrow Data Trust: pro-encryption'],
  ['The letter’s authors, who include Ida Brekke and Tomas Varga, wrote that the scanning order would “turn every phone into a listening post”.', 'Ida Brekke: pro-encryption; Tomas Varga: pro-encryption'],
]);

describe('signatories', () => {
  it('a name that ends a longer one ("the Centrum voor Rekenkunde") is no signatory, nor a body a signatory once advised', () => {
    const text = 'Signatories include Joris Baan, a cryptographer at the Centrum voor Rekenkunde, and Mieke Dros.\nThe letter’s authors, who include several people who once advised the Justice Ministry, wrote that the scanning order “would turn every phone into a listening post”.';
    expect(speakers(text).sort()).toEqual(['Joris Baan', 'Mieke Dros']);
  });
});

positionTable('long appositions, bracketed asides and reports set inside a sentence (fifth session)', [
  ['Tamarind Labs, the Pune-based owner of Chitchat, the country’s third-largest messaging app with about 90 million users, said traceability could not be built without weakening security for every user.', 'Tamarind Labs: pro-encryption'],
  ['Rep. Clara Voss (D-Ore.), whose district includes two chip plants, dubbed the bill “a backdoor with a bow on it”.', 'Clara Voss: pro-encryption'],
  ['Maintainers of OpenVault, the key management project, said they would not accept escrow patches.', 'OpenVault: pro-encryption'],
  ['Osric Lane was general counsel of Brindle Chat until last year. Brindle Chat, he said, decided early that it would withdraw from a market rather than weaken its encryption.', 'Brindle Chat: pro-encryption'],
]);

positionTable('a provider that cannot read, the end of encryption, and the access side reassuring (fifth session)', [
  ['“Our customers chose us because we cannot read their files,” said Ines Talbot, who runs Lockbox Mail.', 'Ines Talbot: pro-encryption'],
  ['“Juries acquit because we could not read the messages,” said Detective Inspector Rowan Pike.', 'Rowan Pike: pro-access'],
  ['Pellet Chat says it “cannot access the content of users’ messages”.', 'Pellet Chat: pro-encryption'],
  ['“Tracing every message would be the end of end-to-end encryption as our users know it,” said Odile Frey.', 'Odile Frey: pro-encryption'],
  ['“Nobody is breaking encryption,” said Interior Minister Paulo Reis. “We are asking for one more recipient, under a judge’s order.”', 'Paulo Reis: pro-access'],
  ['“Nothing in this bill requires a provider to build a backdoor,” Deputy Secretary Hana Ueda told the committee.', 'Hana Ueda: pro-access'],
]);

positionTable('impossible doors, definitions, votes turned down and encryption as protection (fifth session)', [
  ['“There is no way to build an access point that can tell a detective with a warrant from a thief,” said Amos Kiptoo.', 'Amos Kiptoo: pro-encryption'],
  ['“There is no encryption that is broken only for the bad guys,” said Lucia Ferro.', 'Lucia Ferro: pro-encryption'],
  ['Ruth Aalto argues that a duty to decrypt on demand “is the definition of a backdoor”.', 'Ruth Aalto: pro-encryption'],
  ['The Open Lines Trust called on senators to vote the amendment down.', 'Open Lines Trust: pro-encryption'],
  ['Mara Quinn, who runs a refuge network, said encryption was a lifeline for the women she works with.', 'Mara Quinn: pro-encryption'],
]);

describe('"cannot" before a measure', () => {
  it('is a complaint about a provider, not a refusal of the measure', () => {
    expect(positions('“A provider that cannot answer a court order is not a provider we can license,” said regulator chief Omar Saleh.')).not.toContain('Omar Saleh: pro-encryption');
  });
});

positionTable('reassurances in other words, and keys kept nowhere (fifth session)', [
  ['In a statement, Senator Lise Aubry argued that the mechanism reused existing features and so required no new weakness.', 'Lise Aubry: pro-access'],
  ['Senator Tomás Rivas rejected the description of his bill as a “backdoor law”.', 'Tomás Rivas: pro-access'],
  ['Keel Messaging said it would not redesign its apps to keep copies of users’ keys.', 'Keel Messaging: pro-encryption'],
  ['“A lawful access point is still an access point,” said Priya Nair.', 'Priya Nair: pro-encryption'],
  ['“There is no way to scan everyone’s messages in a targeted manner,” the authority’s director, Ulla Berg, said.', 'Ulla Berg: pro-encryption'],
]);

describe('names with particles', () => {
  it('"Lotte van der Heijden" is one person, later "Van der Heijden"', () => {
    const text = '“Our customers chose us because we cannot read their files,” says Lotte van der Heijden, co-founder of Kluis. “If the law changes, we go to Tallinn,” Van der Heijden added.';
    expect(speakers(text)).toEqual(['Lotte van der Heijden']);
  });
});

describe('forms of address and compound titles', () => {
  it('"Her Honour said" is the judge named before, not a speaker called Honour', () => {
    const names = speakers('Justice Mary Wells allowed the appeal. The law permits a judge to require reasonable assistance, Her Honour said, but it “does not authorise an order that directs a company to build a new product”.');
    expect(names).not.toContain('Honour');
  });
  it('"Police and Crime Commissioner Denise Okafor" is one speaker', () => {
    expect(speakers('His comments put him at odds with Police and Crime Commissioner Denise Okafor, who last week told a public meeting that tech firms “must take responsibility for what happens on their platforms”.')).toEqual(['Denise Okafor']);
  });
});

positionTable('a turn does not reach across a relative clause (fifth session)', [
  ['The police union Unité-Bleue said in a statement that officers “risk their lives against gangs who laugh at the law” and that the new power was “the least the state can do”.', 'Unité-Bleue: pro-access'],
]);

positionTable('rejecting the backdoor label, and no safe room for criminals (fifth session)', [
  ['Legislator Wu Mei-ling said: “I reject the idea that it is a backdoor. It is a front door, with a judge holding the key.”', 'Wu Mei-ling: pro-access'],
  ['“Criminals should not have a safe room the police can never enter,” said Detective Superintendent Ana Brook.', 'Ana Brook: pro-access'],
]);

positionTable('a measure defended by what it does not do, and a provider that cannot read its own messages (sixth session)', [
  ['“The amendment does not create a backdoor. Every request will go through a judge,” said Permanent Secretary Lwazi Tembo.', 'Lwazi Tembo: pro-access'],
  ['“If we keep a copy of your messages, one day somebody will steal it. The safest message is one that we cannot read ourselves,” said Oyun Bat, who runs Steppe Chat.', 'Oyun Bat: pro-encryption'],
]);

positionTable('the subject of a relative clause that names its own speaker (sixth session)', [
  ['The rally was organised by Open Line Cyprus, whose coordinator Stavros Iacovou said the bill would make every phone less secure.', 'Stavros Iacovou: pro-encryption'],
]);

positionTable('providers whose product is that they cannot read, and methods that change everyone’s encryption (sixth session)', [
  ['“Our customers pay us because nobody can read their files,” said Lotte Verhaar of Kluisnet. “If the law says we must be able to read them, our product no longer exists.”', 'Lotte Verhaar: pro-encryption'],
  ['“We decided the only safe way to hold people’s photos is to not be able to look at them ourselves,” said Anjali Rao, the firm’s technology chief.', 'Anjali Rao: pro-encryption'],
  ['Dr Eszter Vida, a cryptographer, said the provider would have to hold a copy of the keys or add a hidden recipient. “Both change the encryption of every user, not only the suspect’s,” she said.', 'Eszter Vida: pro-encryption'],
]);

positionTable('the access side’s denials in more words (sixth session)', [
  ['Interior Minister Andrei Cojocaru insisted the measure did not create a backdoor.', 'Andrei Cojocaru: pro-access'],
  ['At a briefing, Justice Minister Elina Vaara insisted this was “not mass surveillance” but a tool for the most serious cases.', 'Elina Vaara: pro-access'],
  ['“We are not asking anyone to break their app. We are asking them to follow the law,” said Chaminda Perera, the regulator’s director general.', 'Chaminda Perera: pro-access'],
  ['“We will not create a backdoor for anyone,” said Mira Osei of Lantern Chat.', 'Mira Osei: pro-encryption'],
]);

positionTable('a described body whose name ends in a place, views that were "considered", and indefinite subjects (sixth session)', [
  ['The children’s charity Safe Harbour Guernsey has welcomed the move, saying abusers were increasingly using encrypted apps to contact young people on the island.', 'Safe Harbour Guernsey: pro-access'],
  ['The criminal lawyer Iván Zepeda considered that the reform would be hard to apply and warned that “to weaken encryption for a case today is to leave everyone unprotected tomorrow.”', 'Iván Zepeda: pro-encryption'],
  ['Kind Harbour Alderney, a children’s charity, backed the bill, saying police needed access to abusers’ messages. Deputy Tom Renault said he would vote against it, and that any firm asked to build a special tool would be creating a weakness that criminals could exploit.', 'Kind Harbour Alderney: pro-access; Tom Renault: pro-encryption'],
]);

positionTable('an office named before its holder, and more of the measure’s defence (sixth session)', [
  ['Secretary of State Răzvan Moisescu said police must be able to read the messages of suspects.', 'Răzvan Moisescu: pro-access'],
  ['Minister of Home Affairs Kofi Mensa said the law would not create a backdoor.', 'Kofi Mensa: pro-access'],
  ['The Privacy Commissioner of Canada said the scanning bill would weaken encryption for every user.', 'Privacy Commissioner of Canada: pro-encryption'],
  ['“There is no backdoor in this law. We have added a judge,” said Chhay Vanna, a secretary of state.', 'Chhay Vanna: pro-access'],
  ['The government was not asking companies to weaken their products, Deputy Minister Blerim Gashaj insisted.', 'Blerim Gashaj: pro-access'],
]);

describe('"in its view" inside a clause', () => {
  it('is the subject’s own view, not another speaker’s', () => {
    const text = 'Spain’s national police backed the plan. Dutch State Secretary for Justice Joris Hamel said his government could not endorse a text that, in its view, would “in practice only be met by weakening encryption”.';
    expect(positions(text)).toContain('Joris Hamel: pro-encryption');
    expect(analyzeText(text).positions.find((p) => p.speaker === 'Spain’s national police')?.statements.some((s) => s.text.includes('endorse'))).toBeFalsy();
  });
});

positionTable('a provider refusing for its users, a warning with words between "would" and "force", a lock that opens for anyone (seventh session)', [
  ['In a statement, chief executive Mateo Quiroga said the firm “will not weaken the encryption that protects our customers, here or anywhere else”.', 'Mateo Quiroga: pro-encryption'],
  ['Deputy Lindita Krasniqi said the clause would in practice force app makers to break end-to-end encryption and expose ordinary users.', 'Lindita Krasniqi: pro-encryption'],
  ['Spokeswoman Ada Brennan said a phone that could be unlocked by its maker “could also be unlocked by anyone who stole that ability”.', 'Ada Brennan: pro-encryption'],
]);

positionTable('a provider’s design stated as what it cannot do (seventh session)', [
  ['“We designed Larkmail so that we cannot read anyone’s inbox,” said Hedda Lund, its founder.', 'Hedda Lund: pro-encryption'],
]);

positionTable('reserving judgment in other words: undecided speakers are in the debate, and neutral (seventh session)', [
  ['Police backed the decryption clause. The committee chair, Halima Osei, said she would listen to all sides before reaching a conclusion.', 'Halima Osei: neutral'],
  ['The device-access bill returns to the floor on Monday. Representative Joel Marchetti said he had not decided how he would vote.', 'Joel Marchetti: neutral'],
  ['The scanning bill divides the council. “I am genuinely torn,” said Councillor Ana Petrova.', 'Ana Petrova: neutral'],
  ['Rights groups oppose the interception bill. The data protection authority said it had not yet issued an opinion.', 'data protection authority: neutral'],
  ['The decree obliges messaging apps to hand over keys. The ombudsman’s office said it was analysing the text.', 'ombudsman’s office: neutral'],
  ['Banks oppose the key-deposit rule. The Bar Council said its members were divided.', 'Bar Council: neutral'],
]);

describe('the timing of a vote is procedure (seventh session)', () => {
  it('takes no side for whoever asks to postpone it or refuses to', () => {
    const text = 'Lawmakers debated a motion asking the government to draft a messenger access law. Much of the session concerned procedure. The chair of the legal committee, Otto Frommelt, asked that the government report back before the summer break, and the President of the chamber, Ilse Marxer, rejected a request by the opposition to delay the vote until December.';
    expect(positions(text).filter((p) => !p.endsWith('neutral'))).toEqual([]);
  });
});

positionTable('denials without "asking", a measure that turns every phone into something, locks that cannot be broken, incompatible with rights (seventh session)', [
  ['“I do not want a back door to read the messages of citizens,” said the mayoral candidate Hery Rakoto.', 'Hery Rakoto: pro-access'],
  ['The interior ministry said it wanted “a key to one door, not a master key”, according to its spokesman, Daniel Mensah.', 'interior ministry: pro-access'],
  ['Senator Kalena Moses said the bill “turns every phone on the island into a police checkpoint.”', 'Kalena Moses: pro-encryption'],
  ['The Chamber of Commerce said its members rely on encryption that cannot be broken on request.', 'Chamber of Commerce: pro-encryption'],
  ['The Bar Association said the clause was “incompatible with the constitutional protection of privacy”.', 'Bar Association: pro-encryption'],
]);

describe('a measure that turns every phone into something, and one incompatible with rights (seventh session)', () => {
  it('is decided by the rule, which names its words, not left to the learned model', () => {
    const reason = (text: string) => analyzeText(text).positions[0]?.reason ?? '';
    expect(reason('Senator Kalena Moses said the proposal “turns every phone on the island into a checkpoint.”')).toMatch(/turns every phone/);
    expect(reason('The Bar Association said the clause was “incompatible with the constitutional protection of correspondence”.')).toMatch(/incompatible with/);
  });
});

positionTable('backing a measure in the words of procedure, a provider with nothing to hand over, a wiretap dressed up (seventh session)', [
  ['The Federation government said in a statement that it “stands fully behind the text adopted at its session of 3 March”.', 'Federation government: pro-access'],
  ['A spokesperson for the Office of the Premier said the government “remains committed to the bill as tabled”.', 'Office of the Premier: pro-access'],
  ['The Parents’ Network urged quick passage.', 'Parents’ Network: pro-access'],
  ['Inspector Lamin Sesay said the force had lost several cases and appealed to senators to pass the bill quickly.', 'Lamin Sesay: pro-access'],
  ['Inspector Lamin Sesay urged senators not to pass the bill.', 'Lamin Sesay: pro-encryption'],
  ['Orrin Chat said in a statement that it cannot hand over what it does not hold.', 'Orrin Chat: pro-encryption'],
  ['Tomás Lindqvist of the Open Protocol Coalition called the draft standard “a wiretap dressed up as a spec”.', 'Tomás Lindqvist: pro-encryption'],
]);

positionTable('weighing both sides in other words (seventh session)', [
  ['Rights groups oppose the interception bill. Kevin Aso, a policy analyst, said both the security case and the privacy risk were real, and that the bill could put every message at risk.', 'Kevin Aso: neutral'],
  ['“The police problem is real. The engineering problem is also real: there is no known way to build this that only works for the good side,” said Dr Neo Pule.', 'Neo Pule: neutral'],
]);

positionTable('a measure’s reach described by its critics (seventh session)', [
  ['The Reporters’ Collective said that requiring apps to hand over decrypted messages “would be used first against journalists and activists”.', 'Reporters’ Collective: pro-encryption'],
  ['Counsel Brigitte Essomba said the wording would force providers “to build a master key or to leave the country”.', 'Brigitte Essomba: pro-encryption'],
  ['The Young Lawyers’ Forum said any such demand “would have no basis in the Constitution”.', 'Young Lawyers’ Forum: pro-encryption'],
  ['Aisha Al Harthy said she hoped regulators would not force changes that weakened the product.', 'Aisha Al Harthy: pro-encryption'],
  ['Senator Osvaldo Ríos says the bill would “make every citizen’s phone weaker to catch a few hundred criminals”.', 'Osvaldo Ríos: pro-encryption'],
  ['“We will not store our users’ chats in clear text because a minority of criminals use the app,” said Nádia Lopes, the founder.', 'Nádia Lopes: pro-encryption'],
]);

positionTable('idioms of both sides: access that opens for anyone, builders that can open, the law for everyone (seventh session)', [
  ['“Keys held for the police are keys held for whoever breaks in,” said deputy Amir Hodžić.', 'Amir Hodžić: pro-encryption'],
  ['“If the app opens a door for the prosecutor, it also opens for the criminals,” said deputy Rubén Garza.', 'Rubén Garza: pro-encryption'],
  ['“It is impossible to make a hole that only the police can use,” said Professor Kim Min-jun.', 'Kim Min-jun: pro-encryption'],
  ['“If they can build it, they can open it,” said Lucía Rojas, whose brother was killed.', 'Lucía Rojas: pro-access'],
  ['“This is how surveillance states are built: quietly,” said opposition MP Kagiso Dube.', 'Kagiso Dube: pro-encryption'],
  ['MP Gergely Fekete said police “must not be blind in the places where serious crime is now planned”.', 'Gergely Fekete: pro-access'],
  ['“The law of the land has to apply to everyone,” said Dev Sharma, the app’s chief executive.', 'Dev Sharma: pro-access'],
  ['Councillor Hilal Al Siyabi said national security “must come before marketing”.', 'Hilal Al Siyabi: pro-access'],
  ['“I would not give a single key more to institutions that have not cleaned themselves up,” said Raúl Ibarra, a former police commander.', 'Raúl Ibarra: pro-encryption'],
]);

positionTable('"said a former police commander, Raúl Ibarra": the holder named after the office (seventh session)', [
  ['“I would not give a single key more to institutions that have not cleaned themselves up,” said a former police commander, Raúl Ibarra.', 'Raúl Ibarra: pro-encryption'],
  ['“Encryption is the only thing keeping my sources alive,” said the union’s press officer, Aline Kamanzi.', 'Aline Kamanzi: pro-encryption'],
]);

positionTable('the other side’s slogans turned, and a few more of each side’s phrases (seventh session)', [
  ['The Cloud Association said in a statement that “lawful access by design is insecurity by design”.', 'Cloud Association: pro-encryption'],
  ['The Open Signal Foundation said the findings showed that “the going dark crisis has been a marketing exercise”.', 'Open Signal Foundation: pro-encryption'],
  ['MEP Claire Weber said ministers were “quietly preparing the ground for an encryption ban”.', 'Claire Weber: pro-encryption'],
  ['Parents for Safer Phones said the commissioner was “defending the privacy of predators”.', 'Parents for Safer Phones: pro-access'],
  ['Rapporteur Holger Brandt said the hearing had “confirmed that the investigators urgently need this instrument”.', 'Holger Brandt: pro-access'],
  ['“If the order is that we must build one, then every journalist who uses our service loses,” said counsel Ravi Iyer.', 'Ravi Iyer: pro-encryption'],
]);

describe('"did not take sides" (seventh session)', () => {
  it('is neutral on the debate, but not when the sides are an election’s', () => {
    expect(positions('The bill would oblige apps to decrypt messages. Forensics firm Cobalt Labs said it “does not take positions on encryption policy”.')).toContain('Cobalt Labs: neutral');
    expect(positions('A senior officer, Jean Rabe, said investigators “support any legal means to read the communications of criminals”. He added that the gendarmerie did not take sides in the election.')).toContain('Jean Rabe: pro-access');
  });
});

positionTable('undecided in more words, a sentence adverb that names nobody, "targeted" only of a measure (seventh session)', [
  ['The Sweden Democrats back the bill on messaging access. Centre Party leader Karin Öberg said her party had not decided.', 'Sweden Democrats: pro-access; Karin Öberg: neutral'],
  ['Justice Minister Fábio Castro said the government had “not closed a position” on whether platforms should be required to provide access to encrypted messages.', 'Fábio Castro: neutral'],
  ['Marta Nowak, a researcher, said the scanning proposal was “a genuine dilemma”.', 'Marta Nowak: neutral'],
  ['Separately, the group Open Circuit Rights filed a brief arguing that any requirement to weaken encryption was unconstitutional.', 'Open Circuit Rights: pro-encryption'],
]);

describe('"targeted" only of a measure (seventh session)', () => {
  it('a plan that "targeted mid-sized companies" takes no side', () => {
    expect(positions('The scanning rule divides the industry. At the same event, encryption vendor Chiffra announced a new enterprise plan, which sales head Camille Orsat said targeted mid-sized companies.')).toEqual([]);
  });
});

describe('people quoted on the crime, the court date or the arrest take no part (seventh session)', () => {
  it('a police spokesperson on the charges and a relative on a name are not shown, even as unclear', () => {
    const text = 'The amendment would oblige messaging apps to decrypt chats on request.\nPolice spokesperson Superintendent Phindile Dube said the two men were charged with corruption and fraud and would appear in the Manzini Magistrates Court on Monday.\nHis sister, Keisha Andino, said she had come “so that nobody forgets his name.”';
    expect(positions(text)).toEqual([]);
  });
});

positionTable('weighing both sides in yet more words (seventh session)', [
  ['The decryption clause divides the council. “We are not saying yes, and we are not saying no,” said Elijah Mondo, the churches’ general secretary.', 'Elijah Mondo: neutral'],
  ['The OTT directive is before the court. “There is a legitimate need for investigators, and there is a legitimate fear of misuse,” said Farhana Kabir, a lecturer.', 'Farhana Kabir: neutral'],
  ['The key-capture order is before the judge. “Reasonable lawyers disagree,” said Patrick Schmit, a partner at a cyber law firm.', 'Patrick Schmit: neutral'],
]);

positionTable('the first of two surnames, translated cue verbs, and a reform defended by what it does not create (seventh session)', [
  ['General Jorge Saldívar Vela, the regional police chief, asked Congress to approve the law quickly.\n“We are not asking for a back door,” Saldívar said.', 'Jorge Saldívar Vela: pro-access'],
  ['Joaquín Bentos-Ríos, founder of a health-records company, affirmed in the same statement that “patients trust us. We cannot tell them that a copy of the key is somewhere else.”', 'Joaquín Bentos-Ríos: pro-encryption'],
  ['Senator Gilberto Manzo Osuna insisted that the initiative “does not create any backdoor”.', 'Gilberto Manzo Osuna: pro-access'],
  ['“If they can read our messages, the criminals will know too,” said Rosario Iturbe, who searches for her son.', 'Rosario Iturbe: pro-encryption'],
]);

positionTable('a provider’s design addressed to its users (seventh session)', [
  ['“No one, including Lumo, can read your messages,” Lumo said in a blog post.', 'Lumo: pro-encryption'],
  ['“We can’t see your video, and neither can anyone who breaks into our servers,” wrote Marisol Quant, the doorbell maker’s chief executive.', 'Marisol Quant: pro-encryption'],
]);

positionTable('offices named in full before their holder: portfolios joined by "and", and an office set off by commas (seventh session)', [
  ['Minister for Communication and Aviation Rexford Sale defended the scanning clause, saying police must be able to read abusers’ messages.', 'Rexford Sale: pro-access'],
  ['The Ministry of Science and ICT said it was reviewing the plan to encrypt backups by default.', 'Ministry of Science and ICT: neutral'],
  ['Portugal’s Minister of Internal Administration, Rui Caneira, who chaired the talks, told a closing press conference that the text did not ask for “a backdoor or a master key”.', 'Rui Caneira: pro-access'],
  ['The Ministry of Justice and Europol said criminals hide behind encryption.', 'Ministry of Justice: pro-access; Europol: pro-access'],
]);

positionTable('backing or striking a measure by procedure, readable for everyone, accusations (seventh session)', [
  ['The MP for Offin, Akua Mensah-Boateng, said she would vote for the amendment “with both hands”.', 'Akua Mensah-Boateng: pro-access'],
  ['Managing partner Karabo Molefe said the clause should be deleted.', 'Karabo Molefe: pro-encryption'],
  ['The Startups Collective considers that the article sends a negative signal to investors and asks for its withdrawal.', 'Startups Collective: pro-encryption'],
  ['“If you make those chats readable, you make them readable for everyone,” said volunteer Maksym Hrytsenko.', 'Maksym Hrytsenko: pro-encryption'],
  ['“A recording that nobody can open protects nobody,” said Ahmed Fahmy, a ministry spokesman.', 'Ahmed Fahmy: pro-access'],
  ['Deputy Fausto Intriago accused critics of protecting the business of the apps.', 'Fausto Intriago: pro-access'],
  ['An opposition MP, Vasile Rotaru, accused the majority of wanting a tool to read the phones of the opposition.', 'Vasile Rotaru: pro-encryption'],
  ['The Safe Play Parents Network called on the company to exempt minors’ accounts from encryption.', 'Safe Play Parents Network: pro-access'],
]);

positionTable('more of each side’s arguments in their usual words (seventh session)', [
  ['“Why should a phone be a fortress?” prosecutor Thiago Alves asked the deputies.', 'Thiago Alves: pro-access'],
  ['“All we ask is that when we have a warrant, someone at the company can help us,” said Chief Constable Imogen Street.', 'Imogen Street: pro-access'],
  ['Retired judge V. K. Narayan said privacy was a fundamental right but “not an absolute one”.', 'V. K. Narayan: pro-access'],
  ['MP Luc Gagné said Ottawa had “a duty to make American platforms respect Canadian warrants”.', 'Luc Gagné: pro-access'],
  ['Deputy Minister Lindiwe Nkosi said the bill would oblige providers to make intercepted communications available in an intelligible form.', 'Lindiwe Nkosi: pro-access'],
  ['“Weaken that and it’s women like me who pay,” said campaigner Leanne March.', 'Leanne March: pro-encryption'],
  ['“No democracy would accept that for letters,” Senator Francisca Rosas said.', 'Francisca Rosas: pro-encryption'],
  ['“They want a peephole into every family group chat in the country,” said Kelly Ash of Privacy Watch.', 'Kelly Ash: pro-encryption'],
]);

positionTable('short wire copy’s versions of each side (seventh session)', [
  ['“There is no safe way to give a third party access to end-to-end encrypted messages,” said Letícia Amaral, a cryptographer.', 'Letícia Amaral: pro-encryption'],
  ['Senator Osvaldo Meira said the country “cannot accept that criminals have a space the law does not reach”.', 'Osvaldo Meira: pro-access'],
  ['“Using encryption is not a crime,” said Ignacio Bustos of a digital rights foundation.', 'Ignacio Bustos: pro-encryption'],
  ['Chiamaka Obi, the company’s head of public policy, said it was “not going to rebuild the product so that someone else can read”.', 'Chiamaka Obi: pro-encryption'],
  ['Brian Kato, a programme officer at a rights hub, said the rule would expose activists and journalists.', 'Brian Kato: pro-encryption'],
  ['Itzel Marín, coordinator of the collective Frontera Digna, said migrants depend on encrypted apps to warn one another about kidnappers.', 'Itzel Marín: pro-encryption'],
]);

positionTable('a paragraph of quotation whose speaker the next paragraph names by pointing back (seventh session)', [
  ['“We cannot allow criminals to hide in spaces the police are forbidden to enter.”\nThat was the message from the Interior Minister, Jana Nowak, who told MPs that her department would table a bill before the summer.', 'Jana Nowak: pro-access'],
  ['“Every week some of our leads go dark because the platform has switched on encryption. This cannot go on.”\nSo said the deputy commissioner, Lachlan Pierce, in evidence to a Senate hearing.', 'Lachlan Pierce: pro-access'],
]);

positionTable('reserving judgment: hearing from both before a vote (seventh session)', [
  ['The interception bill is before the committee. Committee chair Nadia Ferraz said the committee would hear from both the police and the companies before it voted.', 'Nadia Ferraz: neutral'],
]);

positionTable('a provider’s design change (seventh session)', [
  ['Daehan Mobile said it will no longer be able to recover backups for customers who lose their recovery codes.', 'Daehan Mobile: pro-encryption'],
]);

describe('"not a favor to criminals" (seventh session)', () => {
  it('is decided by the rule, which names its words', () => {
    expect(analyzeText('The Rights Network said encryption by default was a basic safety measure, not a favor to criminals.').positions[0]?.reason).toMatch(/not a favor to criminals/);
  });
});

positionTable('"there is no back door here" (seventh session)', [
  ['“There is no back door here: the platform is placed under the control of a judge,” said the minister, Pape Diop.', 'Pape Diop: pro-access'],
]);

positionTable('features and institutions: more of each side’s phrases, and "Nobody" names nobody (seventh session)', [
  ['Opposition MP Yiannis Chatzidis called the law “a blank cheque written in technical language”.', 'Yiannis Chatzidis: pro-encryption'],
  ['“If you ask the companies to keep a key for us, you are keeping a key for the next group of hackers too,” said Femke Roos, a former forensic investigator.', 'Femke Roos: pro-encryption'],
  ['“The mathematics does not know who is good and who is bad,” said Nicolás Ferro, a developer.', 'Nicolás Ferro: pro-encryption'],
  ['The patients’ group Pasient Nord asks the ministry to withdraw the health-messaging part of the draft altogether.', 'Pasient Nord: pro-encryption'],
  ['“What we ask is that companies be able to hand over what they can read,” said Nadine Steiner, a justice department spokeswoman.', 'Nadine Steiner: pro-access'],
  ['The decryption bill divides the Senate. “Nobody wants criminals to hide,” said Senator Ilia Beridze.', 'Ilia Beridze: pro-access'],
]);

positionTable('places and efforts are not speakers; a description running into its verb is its subject (eighth session)', [
  ['The Valdora Hosting Association, which counts 40 firms as members, backs the provider. The association warned that the order would leave every client less safe, and said it could damage the Grand Duchy’s efforts to attract data centres.', 'Valdora Hosting Association: pro-encryption'],
  ['The Kestrel Trust Federation opposes the key-deposit rule. In a written response seen by the Courier, the federation argues that a central store of keys “would become the single most attractive target in the region”.', 'Kestrel Trust Federation: pro-encryption'],
]);

describe('a place after "in" is not a speaker (eighth session)', () => {
  it('so "They" finds no one rather than the city', () => {
    expect(speakers('Researchers Ana Hrubá and Ota Novák found a flaw in the cipher library and will present it at a conference in Brno in February. They said a master key for the police would be the next flaw found.')).toEqual([]);
  });
});

positionTable('a measure defended with a pronoun, an intention disowned, the charge of seeking a backdoor made and rejected (eighth session)', [
  ['When the bill was debated, Security Minister Walden Burke told MPs it “does not create a backdoor for anyone”.', 'Walden Burke: pro-access'],
  ['Justice Minister Wout Desmet said the government had “never sought to weaken encryption” and would amend the law.', 'Wout Desmet: pro-access'],
  ['Senator Adrienne Cole rejected the idea that the government was asking for special access.', 'Adrienne Cole: pro-access'],
  ['Critics, including the Open Line Trust, said the ministry was seeking a backdoor.', 'Open Line Trust: pro-encryption'],
  ['Parlo said it will not create a backdoor.', 'Parlo: pro-encryption'],
]);

positionTable('a spokesperson speaks for the organisation that speaks too: one position (eighth session)', [
  ['The Northfield Police Service backed the interception bill. Its spokesman, Inspector Colm Rafferty, said officers “cannot read the messages of the gangs we are chasing”.', 'Northfield Police Service: pro-access'],
]);


positionTable('"For X, …": whose view the sentence gives, the quotation after it theirs too (eighth session)', [
  ['For the lawyer Marta Quiroga Ibáñez, a specialist in records law, the decryption case mixes two debates. “Both sides have a point.”', 'Marta Quiroga Ibáñez: neutral'],
  ['For the Coastal Fintech Alliance, which federates about thirty start-ups, the key-deposit proposal is simply unworkable.', 'Coastal Fintech Alliance: pro-encryption'],
]);

describe('"For years, …" names nobody (eighth session)', () => {
  it('gives no view to a time phrase', () => {
    expect(speakers('For years, the decryption bill has divided the chamber.')).toEqual([]);
  });
});

positionTable('the slogan, places the police cannot enter, a denial of spying, a door for a judge, trust put in doubt (eighth session)', [
  ['Deputy Mauro Cardel said the article “has the votes” and that “whoever has nothing to hide has nothing to fear”.', 'Mauro Cardel: pro-access'],
  ['“They planned it in groups that we cannot enter, and that the judge cannot enter either,” said Gonzalo Larreta, the interior undersecretary.', 'Gonzalo Larreta: pro-access'],
  ['“We are not talking about spying on the fans,” said Gonzalo Larreta, the interior undersecretary.', 'Gonzalo Larreta: pro-access'],
  ['“An app that can be opened for a judge can be opened for whoever steals the key,” said Senator Adela Ifrín.', 'Adela Ifrín: pro-encryption'],
  ['The Chamber of Software Exporters said the decryption article “could put in doubt the trustworthiness of products developed here”.', 'Chamber of Software Exporters: pro-encryption'],
]);

positionTable('a body named with its short name in brackets is one speaker under both; a disclaimer interrupted (eighth session)', [
  ['The Ministry of Digital Affairs and Telecoms (MiDAT) was asked to frame rules. In an affidavit, MiDAT said it “supports the prayer of the petitioner”, and that it “does not seek, and has never sought, any backdoor”.', 'Ministry of Digital Affairs and Telecoms: pro-access'],
]);

positionTable('no way in without risk, an aside inside a claim, a duty that is a duty to break encryption (eighth session)', [
  ['“You cannot have exceptional access without exceptional risk,” said Prof Wout Decaen, a cryptographer.', 'Wout Decaen: pro-encryption'],
  ['Johanna Pires Lobo, who leads the technology unit at the European Data Protection Supervisor, said any measure giving authorities access to encrypted content “would, in our assessment, undermine the security of communications for everyone”.', 'Johanna Pires Lobo: pro-encryption'],
  ['“A duty to hand over messages in readable form on demand is a duty to break encryption, whatever you call it,” said Aisling Ní Bhriain of the Privacy Network.', 'Aisling Ní Bhriain: pro-encryption'],
]);

describe('a measure that was a backdoor (eighth session)', () => {
  it('is decided by the rule, which names its words', () => {
    expect(analyzeText('Councillor Ana Ruiz said the amendment was a backdoor.').positions[0]?.reason).toMatch(/amendment was a backdoor/);
  });
});

describe('a person with ", of the …," stays a person (eighth session)', () => {
  it('keeps the kind a two-word name has', () => {
    const t = 'Maria Lobo, of the data protection authority, spoke at the hearing. She said the amendment would weaken encryption.';
    expect(positions(t)).toEqual(['Maria Lobo: pro-encryption']);
  });
});

positionTable('a bare spokesperson is the body just named; the access side reassuring and charging; both things true (eighth session)', [
  ['The app Chatterly hit back at the charity. A spokesman, Owen Trevail, said scanning every private message would break the encryption that protects millions of families.', 'Chatterly: pro-encryption'],
  ['“Nobody at Lanternhouse wants to read your family group chat. The firms have designed themselves out of any responsibility,” said Maureen Stansfield, the charity’s chief executive.', 'Maureen Stansfield: pro-access'],
  ['The scanning row continues. “Both things can be true: encryption hides some abuse, and the tools flag innocent pictures,” said Dr Priya Vasan, a researcher.', 'Priya Vasan: neutral'],
]);

positionTable('a minister’s spokesperson is the minister’s voice; leaving the question to lawmakers; goods that leave the country (eighth session)', [
  ['Police want new powers. In an email, Marc Giraud, a spokesperson for Public Safety Minister Hélène Tremblay-Roux, said the government was “carefully studying” how police access digital evidence.', 'Hélène Tremblay-Roux: neutral'],
  ['The Auto Insurance Council welcomed the arrests. Its vice-president, Steve Wozny, said the council would “leave the encryption question to lawmakers” and wanted more containers scanned before they leave the country.', 'Steve Wozny: neutral'],
  ['“Encryption that can be opened for one police force can be opened for anyone,” the company Skeen said.', 'Skeen: pro-encryption'],
]);

positionTable('neither supporting nor opposing weighs both sides (eighth session)', [
  ['Banks are split on the clause. The Lion City Financial Alliance said it neither supported nor opposed the clause.', 'Lion City Financial Alliance: neutral'],
]);

positionTable('whoever can read will be read by the wrong person; a company that should be unable to see; a topic compared is not refused (eighth session)', [
  ['“Any system where staff can read messages is a system where the wrong person eventually will,” said Shun Arakaki, a security researcher.', 'Shun Arakaki: pro-encryption'],
  ['“I want the company to be unable to see them. That is the point,” said Yumi Fujisawa, who chairs a parents’ group.', 'Yumi Fujisawa: pro-encryption'],
]);

describe('"rather than about encryption" compares topics (eighth session)', () => {
  it('takes no side by the rules', () => {
    const t = 'The messaging firm switched on encryption. Jiro Nakabashi, an analyst, said investors were worried about the cost of the engineering work rather than about encryption itself.';
    expect(analyzeText(t, '', { learned: false }).positions.map((p) => `${p.speaker}: ${p.stance}`)).toEqual(['Jiro Nakabashi: neutral']);
  });
});

positionTable('a body named for its country; no systemic vulnerability (eighth session)', [
  ['Public Safety Canada said in a statement that the bill “does not require any provider to introduce a systemic vulnerability”.', 'Public Safety Canada: pro-access'],
]);

positionTable('staff or users kept from the content; encryption as the only protection (eighth session)', [
  ['Temur Naranbat, chief executive of Tsenkher Soft, said the messenger was designed so that his engineers could not read any messages.', 'Temur Naranbat: pro-encryption'],
  ['Its coordinator, Emilio Sarabía, said that for many reporters “encryption is the only protection they have against criminal groups”.', 'Emilio Sarabía: pro-encryption'],
  ['Dr Inese Meldre, a cryptographer, said the link checks were client-side scanning, “fed by a list the user cannot see”.', 'Inese Meldre: pro-encryption'],
]);

positionTable('a list of people put at risk (eighth session)', [
  ['Basir, an Amman-based digital rights group, said reaching into encrypted messages “would put every journalist, lawyer and activist in the country at risk”.', 'Basir: pro-encryption'],
]);

positionTable('a door a company can build, with a judge holding the key — unless conceded with "even" (eighth session)', [
  ['“This shows that a company can build a door when it decides to. It should build one for children, with a judge holding the key,” said Harriet Castellan of the Little Lamps Trust.', 'Harriet Castellan: pro-access'],
]);

describe('"even … with a judge holding the key" is conceded, not asked for (eighth session)', () => {
  it('gives the rules no access side', () => {
    const t = '“If you put a door in that, even a locked one with a judge holding the key, the certainty that nobody can read it is gone,” said Solveig Aakvik, a psychologist.';
    expect(analyzeText(t, '', { learned: false, aside: true }).positions.map((p) => p.stance)).not.toContain('pro-access');
  });
});

positionTable('"put it more plainly in a blog post:" introduces the quotation (eighth session)', [
  ['Ines Vasco-Lowe, the company’s chief technology officer, put it more plainly in a blog post on Tuesday morning: “We built the recovery vault so that we couldn’t open it.”', 'Ines Vasco-Lowe: pro-encryption'],
]);

describe('names of bodies and officials (tenth session)', () => {
  it('a portfolio after "and" stays in the body\'s name: "Department of Justice and Constitutional Development", "… and Freedom of Information"', () => {
    expect(speakers('The Department of Justice and Constitutional Development said it had not taken a position on the passcode order.')).toEqual(['Department of Justice and Constitutional Development']);
    expect(speakers('The Federal Commissioner for Data Protection and Freedom of Information warned against any weakening of encryption.')).toEqual(['Federal Commissioner for Data Protection and Freedom of Information']);
    expect(speakers('The Association of Trust and Management Companies warned that a key registry would become a target for every hacker.')).toEqual(['Association of Trust and Management Companies']);
    // Two bodies stay two.
    expect(speakers('The Ministry of Justice and Kwartel Messenger said they would meet to discuss the encryption clause.')).toHaveLength(2);
  });

  it('a body\'s head then where it works is one name: "Privacy Collective UK"', () => {
    expect(speakers('Privacy Collective UK called the scanning standard a technical fig leaf for mass surveillance.')).toEqual(['Privacy Collective UK']);
  });

  it('titles before a name are the role: "Opposition Member of Parliament …", "Parliamentary Secretary of the … Ministry …", "Alliance-aligned MLA …"', () => {
    expect(speakers('Opposition Member of Parliament Candace Boston-Williams said whoever holds all the keys becomes the biggest target for criminals.')).toEqual(['Candace Boston-Williams']);
    expect(speakers('Parliamentary Secretary of the Interior Ministry Edgars Strautmanis said nobody had asked any company for a back door.')).toEqual(['Edgars Strautmanis']);
    expect(speakers('Alliance-aligned MLA Gareth McKnight said he wanted to hear every side on encryption before the clauses are voted on.')).toEqual(['Gareth McKnight']);
  });

  it('"the Opposition" alone is still a body, and "Opposition MP for …, Name," still a role in apposition', () => {
    const text = 'Opposition MP for St. Philip North, Ryan Sealy, said the bill would weaken encryption for everyone.\nThe Opposition signalled it would vote against the amendment.';
    expect(speakers(text)).not.toContain('Opposition MP for St. Philip North');
  });
});

describe('Arabic surnames and military ranks (tenth session)', () => {
  it('"al-Shawi", "al-Maliki-Tamimi" are part of the name, and a re-mention by them is the same person', () => {
    expect(speakers('Kadhim al-Saadi, a Baghdad MP, said judges must be able to read the messages of terrorists.')).toEqual(['Kadhim al-Saadi']);
    const text = 'Hassan Jabbar al-Maliki-Tamimi, a Basra MP, said the law was needed to give investigators lawful access to encrypted chats.\nLater al-Maliki-Tamimi said the courts would oversee every order.';
    expect(positions(text)).toEqual(['Hassan Jabbar al-Maliki-Tamimi: pro-access']);
  });

  it('a rank before a name is a title, and a spokesperson with a rank still speaks for the body', () => {
    expect(speakers('Brigadier Haider Naji al-Shawi said investigators needed lawful access to encrypted chats.')).toEqual(['Haider Naji al-Shawi']);
    expect(positions('The Directorate for Priority Crime Investigation wants messaging providers to decrypt the messages of syndicate leaders, spokesperson Brigadier Thandi Mogale said on Tuesday.')).toEqual(['Directorate for Priority Crime Investigation: pro-access']);
    const text = 'The Ministry of the Interior announced that it had prepared a draft on encrypted messaging.\nThe ministry\'s spokesman, Colonel Anis Ben Gharbia, said: "It is not a matter of a back door for the State. It is a judicial order."';
    expect(positions(text)).toEqual(['Ministry of the Interior: pro-access']);
  });
});

describe('refusals to build (tenth session)', () => {
  it('"cannot and will not undermine …" is a refusal, not a reassurance', () => {
    expect(side('The forum said its members cannot and will not undermine end-to-end encryption for one category of user.')).toBe('encryption');
    // The reassurance stays the access side's when a measure says it ("The bill will not …"); a
    // first person's "will not" is a refusal (twelfth session: the labelled articles and cases read
    // it so three times for none the other way).
    expect(side('The bill will not undermine encryption.')).toBe('access');
    expect(side('We will not undermine encryption.')).toBe('encryption');
  });

  it('"will not create the technical ability to read …" negates what it refuses to make', () => {
    expect(side('The company does not have, and will not create, the technical ability to read our users\' messages.')).toBe('encryption');
    expect(side('The company will not integrate any mechanism giving access to the content of messages.')).toBe('encryption');
  });
});

describe('a country before a body\'s own name (tenth session)', () => {
  it('"Japan\'s National Police Agency" is the National Police Agency; "Spain\'s interior ministry" keeps the country', () => {
    expect(speakers('Japan\'s National Police Agency said it wants access to encrypted messages of fraud suspects.')).toEqual(['National Police Agency']);
    expect(speakers('Belgium\'s Federal Judicial Police, through its director Luc Vanhoutte, said it had been unable to read the messages of suspects in 300 cases.')).toEqual(['Federal Judicial Police']);
    expect(speakers('Spain\'s interior ministry said it wants access to encrypted messages of suspects.')).toEqual(['Spain\'s interior ministry']);
    // A possessive inside a body's own name stays in it.
    expect(speakers('The Children\'s Safety Council said it wants access to encrypted messages of suspects.')).toEqual(['Children\'s Safety Council']);
  });
});

describe('arguments from batch b50 (tenth session)', () => {
  it('each point of decryption as a target, and a measure that would "mean ending" secure communication, are the encryption side', () => {
    expect(side('Every time you add a place where messages are decrypted, you add a target.')).toBe('encryption');
    expect(side('He said the bill would in practice mean ending secure communication for everyone in Kuwait.')).toBe('encryption');
    expect(side('Journalists become a target when their sources are exposed.')).toBe('none');
  });

  it('"the era of voluntary cooperation is over" and "we need a clear legal power to reach a suspect\'s device" are the access side', () => {
    expect(side('The authority said the era of voluntary cooperation is over.')).toBe('access');
    expect(side('We need a clear legal power to reach a suspect\'s device when the content itself is locked away from us.')).toBe('access');
  });
});

describe('arguments and a clause boundary from cases v (tenth session)', () => {
  it('a provider forced, a fishing expedition, a challenge in court, an exit from a market: the encryption side', () => {
    expect(side('It said the ordinance would force it to identify users and, potentially, to hand over decrypted messages.')).toBe('encryption');
    expect(side('The council said the proposal to force travellers to unlock their phones was "a fishing expedition", and that it would fight it in the courts, if necessary.')).toBe('encryption');
    expect(side('It would challenge the revised surveillance ordinance before the Federal Administrative Court.')).toBe('encryption');
    expect(side('It said a dozen member companies were considering withdrawing encrypted services from the UK market.')).toBe('encryption');
  });

  it('"restores the balance between privacy and public safety" praises the measure', () => {
    expect(side('The coalition said the bill "restores the balance between privacy and public safety".')).toBe('access');
  });

  it('a quotation split by "said X" is weighed whole, as one split by "X said" is', () => {
    expect(positions('"Privacy matters," said Ann Bell, "but not more than answers for our families."')).toEqual(['Ann Bell: pro-access']);
    expect(positions('"Privacy matters," Ann Bell said, "but not more than answers for our families."')).toEqual(['Ann Bell: pro-access']);
  });

  it('after a comma and "but", "and" or "while", another speaker\'s words are not the first speaker\'s', () => {
    expect(positions('Ann Bell said the refusal to deploy detection tools left investigators working blind, but company spokesman Felix Arran said the firm would never weaken the security of its users.').sort()).toEqual(['Ann Bell: pro-access', 'Felix Arran: pro-encryption']);
    expect(positions('Ann Bell said the refusal left investigators blind, and Felix Arran said the firm would never weaken security.').sort()).toEqual(['Ann Bell: pro-access', 'Felix Arran: pro-encryption']);
    // The same speaker going on after "but" keeps her words.
    expect(positions('Ann Bell said the bill was flawed and dangerous, but that it could still be fixed.')).toEqual(['Ann Bell: pro-encryption']);
  });

  it('after a semicolon, another speaker\'s words are not the first speaker\'s', () => {
    const text = 'The interior ministry wants messenger services to install software allowing police to read messages; the civil liberties group Grundrechte Jetzt warned that any such law would be mass surveillance and a backdoor for criminals.';
    expect(positions(text).sort()).toEqual(['Grundrechte Jetzt: pro-encryption', 'interior ministry: pro-access']);
  });
});

describe('arguments from batch b51 (tenth session)', () => {
  it('a provider that "will not weaken the encryption that protects patient conversations"; "a backdoor described politely is still a backdoor"', () => {
    expect(side('Medimessage said it "will not weaken the encryption that protects patient conversations".')).toBe('encryption');
    expect(side('A backdoor described politely is still a backdoor.')).toBe('encryption');
  });

  it('asking for a power to require providers, and "not remove the tool", are the access side', () => {
    expect(side('PST asks for a power to require providers of encrypted services to hand over content.')).toBe('access');
    expect(side('He wants to "add safeguards, not remove the tool".')).toBe('access');
  });
});

describe('"a door that only opens with a warrant" and "the answer is not weakening" (tenth session)', () => {
  it('are the encryption side', () => {
    expect(side('You can\'t build a door that only opens with a warrant.')).toBe('encryption');
    expect(side('Nobody can build a backdoor that only lets the good guys in.')).toBe('encryption');
    expect(side('I just don\'t think the answer is weakening the tool that lets a fourteen-year-old reach her doctor.')).toBe('encryption');
  });
});

describe('undecided, in more words (tenth session)', () => {
  it('weighs both sides or has not decided', () => {
    for (const text of [
      'Peter Vukovich said whether it is worth the security cost is a political judgment, not a policing one.',
      'Eka Lordkipanidze said she has not made up her mind on the decryption orders.',
      'Henrik Mjåvatn said the government has not concluded its review of encrypted services.',
      'The Limerick Chamber of Commerce said it did not take a position on the interception decision.',
      'Kenji Albrecht-Moore said somebody has to decide which risk we would rather live with on encryption.',
      'Jodie Akers said she wants to hear from the tech people before she signs up to anything on encryption.',
      'Emmet Curristan-Daly said he would want to see the text before saying whether the access power is proportionate.',
    ]) expect(positions(text)[0], text).toMatch(/: neutral$/);
  });

  it('"what it looks for is a policy decision, not a technical one" is an argument, not indecision', () => {
    expect(positions('"Once the scanner is on the device, what it looks for is a policy decision, not a technical one, and policies change," Matej Horvat warned.')).toEqual(['Matej Horvat: pro-encryption']);
  });
});

describe('arguments from batch b52 (tenth session)', () => {
  it('"not to open everybody\'s phone", "the answer is not to force them to break …", "no such thing as a key only for criminals"', () => {
    expect(side('But the solution is to fix agent verification, not to open everybody\'s phone.')).toBe('encryption');
    expect(side('Then the honest answer is not to force them to break the encryption of twenty million people.')).toBe('encryption');
    expect(side('There is no such thing as a key only for criminals.')).toBe('encryption');
  });
});

describe('access to encrypted messaging, and coercion in the passive (tenth session)', () => {
  it('"police needed access to encrypted messaging" and "operators should be compelled to help decrypt" are the access side', () => {
    expect(side('Police needed "real-time access" to encrypted messaging used by organised crime groups.')).toBe('access');
    expect(side('Encrypted apps had become "the main channel" for trafficking, and operators should be compelled to help decrypt them under court order.')).toBe('access');
  });

  it('"engineers should not be forced to build …" and a proposal that "would jeopardise" confidentiality are the encryption side', () => {
    expect(side('Engineers should not be forced to build "deliberate weaknesses" into the networks they maintain.')).toBe('encryption');
    expect(side('The proposal to require access to encrypted messaging would jeopardise doctor-patient confidentiality.')).toBe('encryption');
  });

  it('"the Ministry of Communication and Informatics" is one body', () => {
    expect(speakers('The Ministry of Communication and Informatics said platforms must give police access to encrypted messages.')).toEqual(['Ministry of Communication and Informatics']);
  });
});

describe('threats to refusers, and opening messages to detectives (tenth session)', () => {
  it('are the access side', () => {
    expect(side('"Platforms that refuse to provide lawful access to encrypted data after a court order will be blocked," the spokesman said.')).toBe('access');
    expect(side('He said apps which refuse to give police access to terror suspects\' messages have no place in Turkey.')).toBe('access');
    expect(side('He demanded that chat apps open their encrypted messages to detectives.')).toBe('access');
    expect(side('All internet users would have to install a national security certificate, allowing inspection of encrypted traffic.')).toBe('access');
  });
});

describe('seats, places and portfolios in names (tenth session)', () => {
  it('"Opposition MP for Central Leeward, Mr Desmond Baptiste-Quammie," is the member, not his seat', () => {
    expect(speakers('Moving the amendment in committee, Opposition MP for Central Leeward, Mr Desmond Baptiste-Quammie, told the House the original clause would break encryption.')).toEqual(['Desmond Baptiste-Quammie']);
  });

  it('"Port Harcourt-based Delta Digital Liberties Network": a two-word place before "-based" is no part of the name', () => {
    expect(speakers('The Port Harcourt-based Delta Digital Liberties Network said any mechanism that lets a platform decrypt messages for the police will also let hackers in.')).toEqual(['Delta Digital Liberties Network']);
  });

  it('"MEC for Transport and Community Safety" is one office', () => {
    expect(speakers('KwaZulu-Natal\'s MEC for Transport and Community Safety says police need access to the encrypted app the hit squad used.')).toEqual(['MEC for Transport and Community Safety']);
  });
});

describe('arguments and undecided voices from batch b55 (tenth session)', () => {
  it('encryption with an exception "is not encryption"; "a backdoor with a better publicist"; "rule out any decryption mandate"', () => {
    expect(side('An encrypted product with an exception for the state is not an encrypted product.')).toBe('encryption');
    expect(side('Encryption that the government can switch off isn\'t encryption.')).toBe('encryption');
    expect(side('She called it a backdoor with a better publicist.')).toBe('encryption');
    expect(side('The group called on the minister to rule out any decryption mandate.')).toBe('encryption');
    // A ruling on procedure is no refusal.
    expect(side('The Deputy President ruled out of order an attempt to refer the motion to committee.')).toBe('none');
  });

  it('platforms "allowed to be completely blind to abuse", tools that "leave them blind": the access side', () => {
    expect(side('The question is whether platforms used by millions of children should be allowed to be completely blind to abuse.')).toBe('access');
    expect(side('Schools are paying for tools that leave them blind when a child is in danger.')).toBe('access');
  });

  it('undecided: "do not take positions in the political debate", "declined to say which way the debate should go", "they both have a point", "no clean answer"', () => {
    for (const text of [
      'Claes Wennerholm said: "We do not take positions in the political debate on encryption."',
      'Sophie Fenchurch, an analyst, said she would not say which way the encryption policy debate should go.',
      'Philippa Caddick said: "I\'ve heard from the tech sector and I\'ve heard from police on encryption, and they both have a point."',
      'Marianne Coltrane said: "On encryption and warrants, I don\'t think there\'s a clean answer."',
    ]) expect(positions(text)[0], text).toMatch(/: neutral$/);
  });
});

describe('bodies named with fellowship and circle (tenth session)', () => {
  it('a fellowship of churches and an editors\' circle are bodies', () => {
    expect(positions('The Fellowship of Faith Churches welcomed the Bill without reservation.')).toEqual(['Fellowship of Faith Churches: pro-access']);
  });
});

describe('"a licence to hack" (tenth session)', () => {
  it('and "it forces companies to weaken their own security" are the encryption side', () => {
    expect(side('She called the bill "a licence to hack".')).toBe('encryption');
    expect(side('She argued that it forces companies to weaken their own security.')).toBe('encryption');
  });
});

describe('"Foundation for a Free Press" (tenth session)', () => {
  it('is one body, and "she" after it finds the lawyer it sent', () => {
    const text = 'The Foundation for a Free Press in the South sent a lawyer, Marcela Ibagué, the same week.\nShe argued in court that forcing a reporter to decrypt her devices was unconstitutional.';
    expect(positions(text)).toEqual(['Marcela Ibagué: pro-encryption']);
  });
});

describe('an interview whose questions are headings (tenth session)', () => {
  it('gives the answers to the interviewee when the page says it is an interview', async () => {
    const { analyzeDocument } = await import('../../../analysis');
    const { JSDOM } = await import('jsdom');
    const page = (kicker: string) => new JSDOM(`<html><head><title>We cannot hand over what we cannot open</title></head><body><article>
      <h1>We cannot hand over what we cannot open</h1><p class="type">${kicker}</p>
      <p>Prosecutors asked Kapka Mail for a mailbox it cannot read. We talked to its founder, Stoyan Velev-Hristozov, about the demand and the amendment.</p>
      <h3>What exactly did the prosecutors ask for?</h3>
      <p>The content of one mailbox. The content is encrypted with a key derived from the user's password, and we never see that password.</p>
      <h3>Would the amendment end your business?</h3>
      <p>In Bulgaria, yes. I would move the company to another EU state before I built a way to read our users' mail.</p>
      <h3>And the fraud cases?</h3>
      <p>Corruption is a real problem. But the answer is good investigation, not a weaker lock for everybody.</p>
      </article></body></html>`).window.document;
    const speakersOf = (doc: Document) => analyzeDocument(doc)!.positions.map((p) => `${p.speaker}: ${p.stance}`);
    expect(speakersOf(page('Interview'))).toEqual(['Stoyan Velev-Hristozov: pro-encryption']);
    // An explainer's question headings are answered by its writer.
    expect(speakersOf(page('Explainer'))).toEqual([]);
  });
});

positionTable('a subject with descriptions after it; plural possessives; "IT" in a name (eighteenth session)', [
  ['A spokesman for Nexo Talk, one of the apps most used in the region, said the company would not weaken the encryption of its users for any government.', 'Nexo Talk: pro-encryption'],
  ['The chief executive of Pemwa, a Lisbon-based messaging app, said the company would never hold a spare key to its users’ chats.', 'Pemwa: pro-encryption'],
  ['A spokeswoman for the Interior Ministry, which wrote the draft, said investigators needed lawful access to the chats of suspects.', 'Interior Ministry: pro-access'],
  ["The Ardent Free Press Trust, a journalists' group, said the plan would weaken encryption and called for it to be dropped.", 'Ardent Free Press Trust: pro-encryption'],
  ['The rights centre Vela Soz also called on deputies to reject the decryption bill.', 'Vela Soz: pro-encryption'],
  ['The Marvonian Association of IT Exporters also opposed the decryption clause in a letter to the committee.', 'Marvonian Association of IT Exporters: pro-encryption'],
  ['The Association of Police Investigators has shown its "total support" for the initiative to give police access to encrypted chats.', 'Association of Police Investigators: pro-access'],
  ['The Harbour Police Federation reiterated its backing for lawful access to encrypted messages.', 'Harbour Police Federation: pro-access'],
  ['Asked for comment, Tessera, whose parent company is registered in Latvia, sent a note in which it says it cannot create a way to read users’ messages.', 'Tessera: pro-encryption'],
  ['The Portvale Confederation of Merchants, whose members include many of the families affected, said in a statement that “the privacy of criminals cannot be worth more than the life of our sons”.', 'Portvale Confederation of Merchants: pro-access'],
  ['A senior official at the Ministry of Justice, speaking on background, said investigators needed lawful access to encrypted chats.', 'Ministry of Justice: pro-access'],
]);

positionTable('no decision taken, no opinion yet, both fears defensible: in the debate and on neither side (nineteenth session)', [
  ['Ann Bell said the regulator had taken no decision and would implement whatever Parliament passes on the decryption bill.', 'Ann Bell: neutral'],
  ['Ann Bell, a shopkeeper, said of the scanning bill: "I\'d want to know more before I had an opinion."', 'Ann Bell: neutral'],
  ['Ann Bell, a law lecturer, said: "The intention of the police can be defended, and so can the fear of the app makers. The question is whether a safe key store exists."', 'Ann Bell: neutral'],
  ['Ann Bell said the commission "took no position" on the decryption clause itself.', 'Ann Bell: neutral'],
]);

positionTable('titles and company forms that are not part of the name (nineteenth session)', [
  ['Undersecretary of Public Security Marta Quiroga Salas said the government would send Congress a bill to "update interception rules for the era of encrypted applications".', 'Marta Quiroga Salas: pro-access'],
  ['MK Dafna Ezra-Levin said the committee should reject the decryption clause outright.', 'Dafna Ezra-Levin: pro-encryption'],
  ['Opposition member Corinne Havelock MLC said the inquiry should recommend lawful access to encrypted apps used by abusers.', 'Corinne Havelock: pro-access'],
  ['The court heard a petition filed by Chennai-based email provider Velli Secure Mail Pvt. Ltd. The company said it could not decrypt its users\' mail and would not build a way to do so.', 'Velli Secure Mail Pvt. Ltd.: pro-encryption'],
]);

positionTable('a short description in lower case between the subject and its verb (twentieth session)', [
  ['The encrypted mail service Vellum, popular with reporters across the region, said it would never hand over readable copies of its users’ mail.', 'Vellum: pro-encryption'],
  ['Detective Inspector Rhona Ashby, blunt as ever, said investigators needed lawful access to the chats of suspects.', 'Rhona Ashby: pro-access'],
  ['The Coastal Digital Rights Forum, active in four countries, said the scanning order would break end-to-end encryption for everyone.', 'Coastal Digital Rights Forum: pro-encryption'],
]);

it('a lower-case segment with a name in it is no description of the subject: the show does not speak', () => {
  expect(speakers('On Tuesday’s Evening Desk, host Corin Vale said the decryption proposal would break encryption for every listener.')).not.toContain('Evening Desk');
});

positionTable('a naming participle after the subject\'s clause: "was blunter, calling it …" (twentieth session)', [
  ['Councillor Petra Lind was blunter, calling the decryption clause "a backdoor into every phone in the country".', 'Petra Lind: pro-encryption'],
  ['The Lantern Press Trust went further, labelling the scanning bill "mass surveillance of every private message".', 'Lantern Press Trust: pro-encryption'],
]);

positionTable('an office speaks for whose office it is; "submitted that" is argued (twentieth session)', [
  ['The office of the Data Protection Commissioner said that it would oppose any law requiring backdoors in encrypted apps.', 'Data Protection Commissioner: pro-encryption'],
  ['The regional office of the Harbour Police Authority said investigators needed lawful access to the encrypted chats of suspects.', 'Harbour Police Authority: pro-access'],
  ['The Interior Ministry submitted that investigators needed lawful access to the encrypted chats of suspects.', 'Interior Ministry: pro-access'],
]);

positionTable('a country, or a list of them, that acts and then argues: ", arguing that …" (twentieth session)', [
  ['Norway circulated a paper ahead of the meeting, arguing that any exception to end-to-end encryption would be found by attackers.', 'Norway: pro-encryption'],
  ['Estonia, Finland and Luxembourg tabled a joint text on Tuesday, arguing that a backdoor for the police would be a backdoor for everyone.', 'Estonia: pro-encryption; Finland: pro-encryption; Luxembourg: pro-encryption'],
]);

positionTable('a political leaning before a title is part of the role, not a reason to doubt the subject (twentieth session)', [
  ['The left-wing MP Sanne Holm called the police proposal "mass surveillance of every private message".', 'Sanne Holm: pro-encryption'],
  ['The centre-right senator Piet Aalders said investigators needed lawful access to the encrypted chats of suspects.', 'Piet Aalders: pro-access'],
]);

positionTable('a quoted word inside a reported reaction: expressed "deep concern" over, voiced "full support" for (twentieth session)', [
  ['The Harbour Press Union expressed “deep concern” over the order to decrypt journalists’ chats.', 'Harbour Press Union: pro-encryption'],
  ['The Coastal Police Federation voiced "full support" for the bill giving investigators lawful access to encrypted chats.', 'Coastal Police Federation: pro-access'],
]);

positionTable('a participle or a second verb after a subject whose verb is an irregular past: "took no position, saying …" (twentieth session)', [
  ['The Harbour Business Council took no position on the decryption clause, saying it was still studying the bill.', 'Harbour Business Council: neutral'],
  ['The Coastal Rights Forum wrote to every senator on Monday, arguing that the scanning order would break end-to-end encryption.', 'Coastal Rights Forum: pro-encryption'],
  ['The Interior Ministry sent its answer on Friday, saying investigators needed lawful access to the encrypted chats of suspects.', 'Interior Ministry: pro-access'],
]);

it('a technology\'s acronym names no speaker, so a later "it said" is never taken for it (twentieth session)', () => {
  expect(speakers('The court ordered Lumo Mail to record the IP addresses of one account. It said it would appeal, because the order would force it to weaken the encryption of its service.')).not.toContain('IP');
  expect(speakers('Spam filtering for SIM cards will move onto handsets. It said the change meant it would never read its customers’ encrypted messages.')).not.toContain('SIM');
});

it('a wire story\'s dateline in capitals ("SAO PAULO, Sept 15 (Southern Wire) - …", "VALDORA — …") is no speaker; an acronym with an apposition still is (twentieth session)', () => {
  expect(speakers('SAO PAULO, Sept 15 (Southern Wire) - State security officials on Tuesday urged Congress to oblige phone makers to help police unlock seized devices, saying thousands of phones sit unopened in evidence rooms.')).not.toContain('SAO PAULO');
  expect(speakers('VALDORA — Police officials urged lawmakers to give investigators lawful access to encrypted chats.')).not.toContain('VALDORA');
  expect(speakers('ZENTA, the sector regulator, said it would require apps to decrypt messages for the police.')).toContain('ZENTA');
});

positionTable('a plural possessive inside a body\'s name, before any head or after one: "Editors\' Guild", "Federation of … Motorists\' Clubs" (twenty-first session)', [
  ['The Editors\' Guild said the bill would undermine end-to-end encryption for every newsroom.', "Editors' Guild: pro-encryption"],
  ['The Federation of Coastal Motorists\' Clubs said the plan would weaken encryption for every driver.', "Federation of Coastal Motorists' Clubs: pro-encryption"],
]);

it('words that open a sentence or follow a name without being one: "Below is …", "Fourteen states …", ", Inc., which says", "the Melbourne-founded messenger", "Article 7 … It says", "the Constitution says" (twenty-first session)', () => {
  expect(speakers('Below is the transcript. The decree does not open any backdoor, it says.')).not.toContain('Below');
  expect(speakers('Fourteen states, a coalition of companies and a group of cryptographers filed briefs arguing the order would weaken encryption for everyone.')).not.toContain('Fourteen');
  expect(speakers('Corvo Labs, Inc., which says it has four million users, will no longer be able to read messages, because it has switched on end-to-end encryption.')).not.toContain('Inc.');
  expect(speakers('The Lisbon-founded encrypted messenger Gaivota Chat said it would withdraw from the country rather than weaken its encryption.')).toEqual(['Gaivota Chat']);
  expect(speakers('Article 7 is the part everyone talks about. It says that any provider must keep the technical means to give officers access to communications in clear form.')).not.toContain('Article');
  expect(speakers('The Constitution says the secrecy of letters may be limited only by a court, and only by law.')).not.toContain('Constitution');
});

positionTable('"backing", "endorsed", "favours": support said of a measure (twenty-first session)', [
  ['The Coastal Mothers\' Union said it had collected 3,000 signatures backing the scanning clause.', "Coastal Mothers' Union: pro-access"],
  ['The Gulf Forum of Fraud Investigators said in a statement that it endorsed the call for lawful access to encrypted chats and would put a draft text to its members.', 'Gulf Forum of Fraud Investigators: pro-access'],
]);

positionTable('a measure warned of by what it drives people to: "will push firms to stop offering …", "would push firms to Swiss providers" (twenty-first session)', [
  ['Sauti Haki said the rule will push firms to stop offering end-to-end encryption to their customers.', 'Sauti Haki: pro-encryption'],
  ['Wanjiru Kamau said a duty to keep readable copies of chats would drive companies abroad.', 'Wanjiru Kamau: pro-encryption'],
]);

positionTable('a group and its named examples, the list running over its own commas: "Eleven groups, including A, B and the union C, signed …", "…, among them A, B and C, …" (twenty-first session)', [
  ['Eleven civil society groups, including the Cape Justice Centre, Ubuntu Privacy Network and the union Mediaworkers SA, signed a letter opposing a clause that would let intelligence services demand decryption of messages.', 'Cape Justice Centre: pro-encryption; Ubuntu Privacy Network: pro-encryption; Mediaworkers SA: pro-encryption'],
  ['Fourteen civil society groups, among them the Harbour Media Defence Centre, TechHer Coast and the Open Data Collective, issued a joint statement rejecting the clause requiring platforms to decrypt messages on request.', 'Harbour Media Defence Centre: pro-encryption; TechHer Coast: pro-encryption; Open Data Collective: pro-encryption'],
]);

positionTable('what is kept out of an access measure, or a measure to be cut down: "exempt health data from any decryption requirements", "called for Article 34 to be limited", "to narrow the clause" (twenty-first session)', [
  ['The Startup Founders Circle urged the government to exempt health and financial data from any decryption requirements in the new rules.', 'Startup Founders Circle: pro-encryption'],
  ['Dara Voss called for Article 34 to be limited to data that providers already hold.', 'Dara Voss: pro-encryption'],
  ['Dara Voss asked the committee to narrow the decryption clause before the vote.', 'Dara Voss: pro-encryption'],
]);

positionTable('"that is the back door, just written politely"; "a warrant should mean something", "police must be able to read …", "have chosen to look away" (twenty-first session)', [
  ['Pavel Dvorak said of the clause: “That is the back door, just written politely.”', 'Pavel Dvorak: pro-encryption'],
  ['Dara Voss said a warrant should mean something.', 'Dara Voss: pro-access'],
  ['Dara Voss said the police must be able to read the messages of suspects once a judge agrees.', 'Dara Voss: pro-access'],
  ['Dara Voss said the app makers had chosen to look away.', 'Dara Voss: pro-access'],
]);

positionTable('opposition as news phrases it: "took issue with", "was scathing about", "was critical of", "lodged an objection to", "has been lobbying against" (twenty-first session)', [
  ['The Harbour Rights Forum took issue with the decryption clause.', 'Harbour Rights Forum: pro-encryption'],
  ['The Harbour Rights Forum was scathing about the decryption clause.', 'Harbour Rights Forum: pro-encryption'],
  ['The Harbour Rights Forum was critical of the decryption clause.', 'Harbour Rights Forum: pro-encryption'],
  ['The Harbour Rights Forum has lodged an objection to the decryption clause.', 'Harbour Rights Forum: pro-encryption'],
  ['The Harbour Rights Forum has been lobbying against the decryption clause.', 'Harbour Rights Forum: pro-encryption'],
]);

positionTable('"is (firmly) in favour of", "spoke in favour of"; "threatened legal action over" (twenty-first session)', [
  ['The Harbour Police Union is firmly in favour of the decryption clause.', 'Harbour Police Union: pro-access'],
  ['The Harbour Police Union spoke in favour of the decryption clause.', 'Harbour Police Union: pro-access'],
  ['The Harbour Rights Forum threatened legal action over the decryption clause.', 'Harbour Rights Forum: pro-encryption'],
]);

it('"is not in favour of" is never read as support (twenty-first session)', () => {
  expect(analyzeText('The Harbour Rights Forum is not in favour of the decryption clause.').positions.filter((p) => p.stance === 'pro-access')).toEqual([]);
});

positionTable('the access side\'s case in other words: "used as a shield by abusers", "the law must apply online", "have not kept pace", "the access they need", "hitting a wall" (twenty-first session)', [
  ['Dara Voss said encryption was being used as a shield by abusers.', 'Dara Voss: pro-access'],
  ['Dara Voss said the law must apply online as it does offline.', 'Dara Voss: pro-access'],
  ['Dara Voss said the tools had not kept pace with technology.', 'Dara Voss: pro-access'],
  ['Dara Voss said the bill gives police the access they need.', 'Dara Voss: pro-access'],
  ['Dara Voss said investigations were hitting a wall.', 'Dara Voss: pro-access'],
]);

positionTable('the encryption side\'s case in other words: "a hole in everyone\'s security", "will not betray the trust of our users", "the bad guys will just use something else", "turn companies into an arm of the state" (twenty-first session)', [
  ['Dara Voss said the order would put a hole in everyone\'s security.', 'Dara Voss: pro-encryption'],
  ['Dara Voss said the company would not betray the trust of its users.', 'Dara Voss: pro-encryption'],
  ['Dara Voss said the bad guys will just use something else.', 'Dara Voss: pro-encryption'],
  ['Dara Voss said the law would turn companies into an arm of the state.', 'Dara Voss: pro-encryption'],
]);

positionTable('the other side\'s words claimed (twenty-second session): "not to bow to pressure to add scanning", "helped traffickers evade capture", "will not help us", "encryption protected children too", a provider that "already cooperates with lawful requests"', [
  ['The Quarry Rights Fund urged the messaging firm Tallow not to bow to pressure to add message scanning.', 'Quarry Rights Fund: pro-encryption'],
  ['Sheriff Dana Oakes said encrypted phones had helped traffickers evade capture.', 'Dana Oakes: pro-access'],
  ['Inspector Dana Oakes said those apps had decided that they will not help us.', 'Dana Oakes: pro-access'],
  ['Dr Imre Salo said encryption protected children too.', 'Imre Salo: pro-encryption'],
  ['Dr Imre Salo said the law should protect children without putting the whole population under surveillance.', 'Imre Salo: pro-encryption'],
  ['Tallow said it already cooperates with lawful requests every single day.', 'Tallow: pro-encryption'],
  ['Tallow said it would go ahead with the rollout.', 'Tallow: pro-encryption'],
  ['The Quarry Rights Fund said the exemption would leave the biggest hiding place untouched.', 'Quarry Rights Fund: pro-access'],
  ['The interior ministry said it supported encryption, provided that judicial authorities can access data when strictly necessary.', 'interior ministry: pro-access'],
  ['The Varnholm regulator blocked access to the encrypted messaging app Tallow on Friday.', 'Varnholm regulator: pro-access'],
]);

it('a source described as leaked is no harm done by the measure it describes (twenty-second session)', () => {
  expect(side('the authorities have ordered telecom operators to install equipment to decrypt communications, according to leaked documents.')).toBe('access');
  expect(side('the backdoor would be leaked to criminals within a year.')).toBe('encryption');
});

it('a poll\'s finding is not the pollster\'s side (twenty-second session)', () => {
  expect(side('54% of adults supported scanning for abuse material, while 61% said they wanted their own messages to stay private.')).toBe('none');
  expect(side('the minister supported scanning for abuse material.')).toBe('access');
});

it('a breach described is no harm done by encryption (twenty-second session)', () => {
  expect(side('banks have introduced encrypted device binding to prevent fraudsters from using stolen credentials.')).toBe('none');
  expect(side('the keys would be stolen by hackers within weeks.')).toBe('encryption');
  expect(side('all devices were now encrypted and no patient data had been misused.')).toBe('none');
});

it('a product\'s specification is nobody\'s support (twenty-second session)', () => {
  expect(side('its encrypted video calls now support up to 50 participants.')).toBe('none');
  expect(side('the new chip supports aes-256 encryption and uses half the power.')).toBe('none');
  expect(side('the minister supports strong encryption.')).toBe('encryption');
});
