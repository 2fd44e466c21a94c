import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../analysis';
import { findArticleRegion } from '../../../entrypoints/content/region';

/**
 * Formats other than the news story: transcripts with speaker labels, letters pages signed at
 * each letter's end, live blogs whose entries are siblings. Every name and quote is invented.
 */

const positions = (text: string) => analyzeText(text).positions.map((p) => `${p.speaker}: ${p.stance}`).sort();
const html = (body: string) => new JSDOM(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`).window.document;

describe('transcripts', () => {
  it('a label on its own line speaks the paragraphs under it; the moderator is nobody’s position; capitals are typography', () => {
    const text = [
      'MODERATOR (Ilinca Varga):',
      'Minister, why an emergency decree rather than a law?',
      'PETRU ALBESCU-RUS (Secretary of State, Ministry of Justice):',
      'Because every month we wait, the gangs organise in apps our prosecutors cannot open. If a judge authorises it, the platform must hand over the messages. That is not a backdoor.',
      'MODERATOR:',
      'Is it not a backdoor?',
      'DORINA MIHĂLCEANU (deputy, Civic Front):',
      'It is a backdoor with a judge standing at it. Once a way in exists it exists for hackers and foreign services too, and my group will vote to reject the decree.',
    ].join('\n');
    expect(positions(text)).toEqual(['Dorina Mihălceanu: pro-encryption', 'Petru Albescu-Rus: pro-access']);
  });

  it('inline labels after a time stamp, a caller named in brackets, and a host known by handing over', () => {
    const text = [
      '[09:14] MAREN OSEI-LAKE: Welcome back to Open Line. Senator Quarrie, you lead for the government on the bill.',
      '[09:15] SEN. HOLLIS QUARRIE: The bill says a messaging company must help the police read a suspect’s messages when a judge signs a warrant. Police must be able to read those messages.',
      '[09:16] MAREN OSEI-LAKE: Help them how?',
      '[09:16] TOBIAS GRENVILLE-ASH: Weaken it for the police and you weaken it for every criminal too. It is a backdoor, whatever the bill calls it.',
      '[09:18] MAREN OSEI-LAKE: Thank you, Tobias. Lines are full. Pauline in Spanish Town.',
      '[09:19] CALLER (PAULINE, ST CATHERINE): My neighbour lost her savings to scammers and the police cannot see the messages. I say pass the bill today, the police need access.',
      '[09:20] MAREN OSEI-LAKE: Thank you, Pauline.',
    ].join('\n');
    expect(positions(text)).toEqual(['Hollis Quarrie: pro-access', 'Pauline: pro-access', 'Tobias Grenville-Ash: pro-encryption']);
  });

  it('an office with its holder in brackets, as parliamentary records print it', () => {
    const text = 'Mr Ewan Lossie (Kirkton North): Does the Minister accept that scanning every private message would be unthinkable for the post?\nThe Minister for Digital Affairs (Ms Morag Tait): I do not accept that. Providers must be required to detect abuse material, and the safeguards are strong.';
    expect(positions(text)).toContain('Morag Tait: pro-access');
  });

  it('a first name as the label after the guest was introduced in full', () => {
    const text = 'Transcript of The Keyring podcast, with Detective Inspector Rafe Okonjo and cryptographer Lena Marsh.\nRAFE: Every week I have a case where the phone is the whole case. We need lawful access to those messages.\nLENA: And every week there is a breach that would have been ten times worse without encryption. A backdoor would be found by criminals.';
    expect(positions(text)).toEqual(['Lena Marsh: pro-encryption', 'Rafe Okonjo: pro-access']);
  });

  it('a paragraph between turns that attributes something itself is the writer’s, not the last speaker’s', () => {
    const text = [
      'ORLA BRENNICK: The company was not bluffing. A backdoor for the police is a backdoor for criminals.',
      'In a written submission, Kestrel Chat said it would rather leave the market than weaken its encryption, while the Garda Representative Union backed the draft.',
      'NIALL FERRITER: Every company says that. The police need access to the messages of suspects.',
    ].join('\n');
    const result = analyzeText(text);
    const orla = result.positions.find((p) => p.speaker === 'Orla Brennick')!;
    expect(orla.statements.map((s) => s.text).join(' ')).not.toContain('Kestrel');
  });

  it('a newsletter’s capitalised item heading is no speaker', () => {
    const text = 'FJORDMAIL SAYS IT’D WALK: The encrypted mail start-up told us it would leave the country rather than weaken encryption.\nWARRANT BILL MOVES: The committee meets on Tuesday.\nEXPORT RULE: Nothing new this week.';
    expect(analyzeText(text).positions.map((p) => p.speaker)).not.toContain('Fjordmail Says It’d Walk');
  });

  it('a capitalised dateline before a colon is a place, not a speaker', () => {
    const text = 'SAN TELMO: Messaging apps may be required to help police read the chats of suspects once a judge approves, Deputy Interior Minister Ilse Marrow said on Tuesday.\nShe said the rules would be ready by March.';
    expect(positions(text)).toEqual(['Ilse Marrow: pro-access']);
  });
});

describe('interviews marked Q: and A:', () => {
  it('the answers are the interviewee’s, named before the questions', () => {
    const text = 'Home affairs minister Ciarán Doyle sat down with the Western Courier ahead of the vote.\nQ: Will the bill let police read encrypted messages?\nA: Yes, and it should. If a court signs a warrant, no app should be able to refuse. Police must be able to read those messages.\nQ: Tech firms say that means weakening encryption for everyone.\nA: They said the same about phone taps thirty years ago.';
    expect(positions(text)).toEqual(['Ciarán Doyle: pro-access']);
  });

  it('or named after them, never the paper they spoke to', () => {
    const text = 'Q: Critics call your proposal a backdoor.\nA: That is not a backdoor. A backdoor is secret; what we propose is a front door, with a judge holding the key.\nCommissioner Alana Whitfield of the state police spoke to the Brisbane Ledger.';
    expect(positions(text)).toEqual(['Alana Whitfield: pro-access']);
  });
});

describe('letters pages', () => {
  const letters = [
    'Your leader was right. For twenty years I investigated trafficking, and when we seize a handset we often cannot open it. The police must be able to read those messages when a court issues a warrant.',
    'Gareth Pryce-Morgan, retired detective sergeant, Llanelli',
    'There is no way to build a lock that opens for a magistrate and stays shut for a criminal gang. A backdoor for one is a backdoor for all.',
    '— Dr Eleri Watcyn, Aberystwyth',
    'While the nation argues about phones, my street has had no bin collection for three weeks.',
    'Mrs Glenys Parry-Owen, Pontypridd',
  ];

  it('each letter is its signer’s', () => {
    expect(positions(letters.join('\n'))).toEqual(['Eleri Watcyn: pro-encryption', 'Gareth Pryce-Morgan: pro-access']);
  });

  it('one letter makes a letter when it opens “Sir —” or is signed with a dash under first-person prose', () => {
    expect(positions('Sir — My late father was a trade unionist whose post was opened for years. A backdoor for the police is a backdoor for every criminal too.\nMargaret Hollins, Wakefield')).toEqual(['Margaret Hollins: pro-encryption']);
    expect(positions('I have taught for thirty years, and my pupils talk to counsellors on encrypted apps. Weakening encryption would put them at risk.\n— Gráinne Cassidy, Sligo')).toEqual(['Gráinne Cassidy: pro-encryption']);
  });

  it('a news story’s closing dash-signed byline is no letter', () => {
    const story = 'The ministry said the bill would require providers to scan messages. “We will not build a backdoor,” said Tove Lind of Fjordmail.\n— Kjell Aas, Oslo';
    expect(analyzeText(story).positions.map((p) => p.speaker)).not.toContain('Kjell Aas');
  });

  it('a reporter who signs every live-blog entry is not a letter writer', () => {
    const entries = [
      'The minister said the bill would require providers to scan messages for abuse material.',
      '– Bella Hartigan',
      'The committee will report by September.',
      '– Bella Hartigan',
      'Opposition senators said they would vote against the bill.',
      '– Bella Hartigan',
    ];
    expect(analyzeText(entries.join('\n')).positions.map((p) => p.speaker)).not.toContain('Bella Hartigan');
  });
});

describe('pages whose story is a row of sibling blocks', () => {
  it('a live blog of entries and a letters page are read whole, not one entry', () => {
    const entry = (who: string, text: string) => `<div class="entry"><time>5:48 p.m.</time><h2>Update</h2><p>${text} said ${who}, in a statement read to the chamber on Tuesday afternoon.</p><p>More followed from the gallery as the vote neared its end, with members on both sides speaking.</p></div>`;
    const doc = html(`<header><a href="/">Home</a></header><div class="live"><h1>Phone-unlocking bill: live updates</h1>${entry('Rep. Ada Kinsey', '“This is not a backdoor, it is a warrant,”')}${entry('the Prairie Liberties Union', '“A key for the police is a key for criminals,”')}${entry('Sen. Omar Velde', '“We will vote it down,”')}</div><footer>© Ledger</footer>`);
    const region = findArticleRegion(doc)!;
    expect(region.className).toBe('live');
    const speakers = analyzeDocument(doc)!.positions.map((p) => p.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['Ada Kinsey', 'Prairie Liberties Union']));
  });

  it('a transcript set in a block of its own under the story’s opening paragraph is read with it', () => {
    const turns = ['<p><b>VALKO:</b> It applies only with a court order, only in serious crimes, and every request is logged and reviewed by a committee.</p>', '<p><b>REPORTER (Radio Plus):</b> Minister, critics call this a backdoor for every phone. Is it?</p>', '<p><b>VALKO:</b> No. There is no master key in this draft, no backdoor and no mass collection: a judge, a suspect, a case.</p>'].join('');
    const doc = html(`<div class="ct"><h1>Full transcript: the minister’s press conference</h1><p>Interior Minister Pero Valko held a press conference at the ministry on Tuesday about the draft amendments to the communications law, which would oblige messaging services to hand over decrypted messages when a court orders it. The transcript has been shortened.</p><div class="tx">${turns.repeat(3)}</div></div>`);
    expect(findArticleRegion(doc)!.className).toBe('ct');
    expect(analyzeDocument(doc)!.positions.map((p) => `${p.speaker}: ${p.stance}`)).toContain('Pero Valko: pro-access');
  });

  it('one article among small sibling cards stays the region', () => {
    const card = '<div class="card"><p>A short teaser about something else entirely, with a link.</p></div>';
    const story = `<div class="story">${'<p>The bill would require messaging services to scan every message before it is encrypted, officials said on Monday in the capital.</p>'.repeat(8)}</div>`;
    const doc = html(`<main><div class="col">${story}${card}${card}</div></main>`.replace('<main>', '<div>').replace('</main>', '</div>'));
    expect(findArticleRegion(doc)!.className).toBe('story');
  });
});

describe('letters after a name', () => {
  it('“MP”, “KC”, “MEP” after a person’s name are a title, not part of the name', () => {
    expect(analyzeText('Catrin Pryce-Lowe MP said her bill would not create a backdoor.\nHannelore Pike KC, for the company, argued the order would weaken encryption for every user.').positions.map((p) => p.speaker).sort()).toEqual(['Catrin Pryce-Lowe', 'Hannelore Pike']);
  });
});

describe('embedded posts in a live blog', () => {
  it('“… published this on its company account:” then the handle line and the post: the post is the publisher’s', () => {
    const text = 'Kestrel, the messaging app with around 90,000 users on the island, has just published this on its company account:\nKestrel ✓ @kestrelapp\nWe will not ship a version of Kestrel that can read our users’ messages. If this bill passes, we will stop offering Kestrel here rather than break end-to-end encryption.';
    const kestrel = analyzeText(text).positions.find((p) => p.speaker === 'Kestrel');
    expect(kestrel?.stance).toBe('pro-encryption');
    expect(kestrel?.role).toBe('messaging app with around 90,000 users on the island');
  });
});
