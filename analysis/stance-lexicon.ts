/**
 * The words that decide a stance, in three kinds:
 * - phrases that say it outright, for one side ("we are not asking for a backdoor" is the
 *   access side denying a caricature; "will not build backdoors" is a provider refusing);
 * - topics: what the access side asks for (A: backdoors, lawful access, scanning, forcing
 *   providers, the proposal itself) and what the other side defends (E: encryption, privacy,
 *   exempting encrypted services);
 * - valence: judgement words ("would damage", "is vital") that count for or against the topic
 *   they are said about, and flippers ("against", "rejected", "ban") that turn a topic over.
 * All patterns run on lower-case text with straight apostrophes and no quotation marks.
 */

export type Side = 1 | -1; // +1 access, -1 encryption

export interface PhraseCue {
  re: RegExp;
  side: Side;
  weight: number;
  /** A negator right before the phrase turns it over ("no safe haven" stays; "not vital" flips). */
  negatable?: boolean;
  /**
   * The access side disowning a caricature of its demand. Counts only as the speaker's own
   * words: "the minister says she is not asking for a backdoor" reports someone else's denial.
   */
  disclaimer?: boolean;
}

export interface TopicCue {
  re: RegExp;
  polarity: Side;
  weight: number;
  /** Stance of a bare mention in plain speech (no judgement word near it). */
  sayDefault: number;
  /** A generic proposal word: counts only when nothing more specific is described. */
  generic?: boolean;
}

const NEG = String.raw`(?:not|never|no|n't|nobody|no one|neither|nor|without|nothing)`;
const BACKDOOR = String.raw`(?:backdoors?|back doors?|back-doors?|golden keys?|master keys?|god keys?|skeleton keys?|spare keys?)`;
/** "to be withdrawn", "to be scrapped": a measure asked to go. */
const BE_GONE = String.raw`to\s+be\s+(?:withdrawn|scrapped|dropped|shelved|abandoned|repealed|rejected|struck (?:down|out)|removed|deleted|killed|thrown out)\b`;
const ENC = String.raw`(?:(?:end-to-end |strong |its |their |our |the )?(?:encryption|encrypted (?:services?|apps?|messaging|messages|data|communications|platforms?|backups?|chats?)))`;
const PROVIDERS = String.raw`(?:(?:tech(?:nology)? |messaging |internet |online |service |cloud |social media )?(?:providers?|companies|company|firms?|platforms?|operators?|services?|apps?|giants?|makers?|industry|engineers|carriers?|businesses)|apple|google|meta|whatsapp|signal|them|it|us)`;

/** Said outright. Checked first; their words are not weighed again as topics or valence. */
export const PHRASES: PhraseCue[] = [
  // "Encryption has quietly abolished the most effective tool we ever had": encryption as what took the tool away.
  { re: /\b(?:encryption|encrypted (?:apps?|messaging|phones?|services?)|end-to-end encryption)\s+(?:has|have)\s+(?:\w+\s+)?(?:abolished|destroyed|killed|ended|eliminated|wiped out|taken away|erased)\b/, side: 1, weight: 2.5 },
  // A duty that "would push firms to US or Swiss providers", a rule that "will push firms to stop
  // offering end-to-end encryption": a measure warned of by what it drives people to.
  { re: /\b(?:would|will|could|might|may)\s+(?:\w+\s+)?(?:push|drive)\s+(?:firms|companies|providers|businesses|users|customers|people|students|start-ups|startups|developers|investors|families|teenagers)\s+(?:to\s+(?:stop|abandon|drop|give up)(?:\s+(?:offering|using|providing))?|to|towards?|into|out|away|abroad|offshore|elsewhere)\b/, side: -1, weight: 2 },
  // "an exemption for abusers", encryption without safeguards "hands abusers a hiding place".
  { re: /\b(?:an? )?(?:exemption|free pass|amnesty|get-out clause|loophole)\s+for\s+(?:abusers|criminals|predators|paedophiles|pedophiles|terrorists|traffickers|dealers|gangs|offenders)\b|\bhand(?:s|ed|ing)?\s+(?:abusers|criminals|predators|paedophiles|pedophiles|terrorists|traffickers|offenders|gangs)\s+(?:a |an )?(?:hiding place|place to hide|free pass|shield|cloak|safe haven)\b/, side: 1, weight: 3 },
  // "oblige companies to install spyware on their own customers' devices": the demand named as spyware.
  { re: /\b(?:install|installs|installing|installed|put|puts|putting|plant|plants|planting|planted|load|loading)\s+(?:\w+\s+){0,3}?(?:spyware|malware|stalkerware|spy software|a spy app|surveillance software)\b/, side: -1, weight: 2.5 },
  // "Lawful access is a lovely phrase for an ugly idea": a name called a euphemism.
  { re: /\b(?:lovely|nice|pretty|fine|polite|clever|friendly|comforting|reassuring|soothing|fancy|gentle)\s+(?:phrase|word|words|name|label|term)\s+for\b|\beuphemisms?\s+for\b/, side: -1, weight: 3 },
  // "the power to open any phone", "the right to read everyone's messages": a power over everyone's devices.
  { re: /\b(?:power|powers|ability|right|licen[cs]e)\s+to\s+(?:open|read|access|search|hack|unlock|enter|break into)\s+(?:any|every|anyone's|everyone's|anybody's|everybody's|all)\b/, side: -1, weight: 2.5 },
  // "a front door with a court order taped to it is still a door": a backdoor renamed is one.
  { re: /\b(?:is|are)\s+still\s+(?:a |an )?(?:back ?)?doors?\b/, side: -1, weight: 3 },
  // "turning every Dane's phone into a police informant".
  { re: /\bturn\w*\s+(?:every|all|each|everyone's|everybody's|people's|our|your|their|citizens')\s+(?:\S+\s+){0,2}?(?:phones?|devices?|apps?|computers?|pockets?)\s+into\s+(?:a |an )?(?:[\w-]+\s+)?(?:informants?|spy|spies|wiretaps?|bugs?|snitch\w*|tracking devices?|surveillance \w+)\b/, side: -1, weight: 2.5 },
  // A bill that "would bar state agencies from requiring any company to weaken encryption", an
  // amendment that bars the minister "from issuing any notice requiring a provider to …": a ban on the demand.
  { re: /\b(?:bar|bars|barring|barred|ban|bans|banning|banned|prohibit\w*|forbid\w*|forbade|prevent\w*|stop|stops|stopping|stopped)\s+(?:[\w'-]+\s+){0,4}?from\s+(?:(?:issuing|making|sending|serving|using)\s+(?:\w+\s+){0,3}?)?(?:requir\w+|forc\w+|compel\w*|oblig\w+|order\w*|mandat\w+)\b/, side: -1, weight: 2.5 },
  // "the reform would be a gift to cartels": a measure as a present to criminals (before "a gift to", which is encryption's).
  { re: /\b(?:reforms?|laws?|bills?|backdoors?|back doors?|decrees?|measures?|proposals?|plans?|rules?|amendments?|clauses?|mandates?|requirements?|orders?|powers?|scanners?|scanning)\s+(?:would|will|could|might|is|are|was)\s+(?:be\s+|become\s+|prove\s+)?(?:a |an )?(?:\w+ )?(?:gift|godsend|boon|present)s? (?:to|for)\b/, side: -1, weight: 2.5 },
  // "unchecked power to read anyone's messages", "sweeping powers to": powers described as beyond limits.
  { re: /\b(?:unchecked|unfettered|sweeping|unlimited|unrestricted|limitless|blanket|boundless)\s+(?:new\s+)?powers?\b/, side: -1, weight: 2.5 },
  // Warrants "worthless if messaging firms can't hand over content": the access side (the firms' inability read with it).
  { re: /\b(?:warrants?|court orders?|orders? of (?:a|the) court)\s+(?:are|is|become|becomes|would be)\s+(?:\w+\s+)?(?:worthless|meaningless|useless|pointless|toothless|empty|not worth the paper)\b(?:[^.;]{0,20}?\bif\b[^.;]{0,40}?\b(?:can't|cannot|can not|won't|will not|refuse\w*|do not|don't)\s+(?:hand over|open|unlock|decrypt|provide|produce|give)\w*)?/, side: 1, weight: 2.5 },
  // Firms' "refusal to cooperate is putting lives at risk", a refusal "described as reckless": the access side (before "putting lives at risk" and "described … as" claim them).
  { re: /\b(?:(?:refus\w*|failure|unwillingness|reluctance)\s+to\s+(?:cooperate|co-operate|help|assist|comply|hand over|provide access|unlock|decrypt|give access)|(?:their|its|the (?:companies'|firms'|platforms'|company's|firm's|platform's))\s+refusal)\b[^.;]{0,40}?\b(?:reckless|irresponsible|unacceptable|indefensible|shameful|disgrace\w*|putting lives at risk|endangers?|dangerous|costs? lives)\b/, side: 1, weight: 2 },
  // "A vault that a judge can open is a vault that a burglar can open" (before "a judge can open" claims its words).
  { re: /\b(?:vault|lock|door|key|safe|phone|system|box)s?\s+(?:that|which)\s+(?:a\s+|the\s+|any\s+)?(?:judge|court|police|government|state|investigators?|good guys|officers?)\s+can\s+(?:open|read|unlock|access|enter)\s+is\s+(?:also\s+)?(?:a\s+|one\s+)?(?:\w+\s+)?(?:that|which)\s+(?:a\s+|any\s+|the\s+)?(?:burglar|thief|thieves|hackers?|criminals?|attackers?|anyone|anybody|spy|spies)\b/, side: -1, weight: 2.5 },
  // "Encryption protects children from strangers reading their messages": the other side's claim on the same ground (before "protects children" claims it).
  // ("the very security that protects children online", "encryption protected children too",
  // "only strong encryption protects the rights of children"; "protect children without putting
  // the whole population under surveillance", "protecting children starts with protecting their
  // devices": the same ground, claimed for encryption.)
  { re: /\b(?:encryption|end-to-end encryption|encrypted (?:messaging|apps?|chats?)|(?:the very |the same )?security (?:that|which))\s+(?:also\s+|actually\s+)?protect(?:s|ed)?\s+(?:the rights of\s+)?(?:children|kids|young people|teenagers|women|victims|survivors|journalists)\b|\bprotect\w* (?:children|kids|young people|victims) without (?:putting|placing|subjecting|turning|breaking|weakening|undermining|scanning|mass surveillance)\b|\bprotecting (?:children|kids) (?:starts|begins) (?:with|by) (?:protecting|securing|encrypting)\b/, side: -1, weight: 2.5 },
  // Notices that "prohibit the introduction of systemic weaknesses": the access side's assurance (before "weaknesses" alone claims the word).
  { re: /\b(?:prohibit\w*|forbid\w*|forbade|bar|bars|barred|rule\w* out|exclude\w*)\s+(?:the\s+)?(?:(?:introduction|creation|building|insertion)\s+of\s+|(?:notices?|orders?|requests?|anything)\s+(?:that|which)\s+(?:create|creates|introduce|introduces|build|builds)\s+)?(?:any\s+|a\s+)?systemic\s+(?:weakness\w*|vulnerabilit\w+)/, side: 1, weight: 2.5 },
  // "I don't want a master key to exist anywhere, for anybody": against its existence, not the access side's denial.
  { re: new RegExp(String.raw`\b(?:don't|do not|doesn't|does not|never)\s+want\s+(?:a\s+|any\s+)?(?:\w+\s+)?${BACKDOOR}\s+to\s+exist\b`), side: -1, weight: 2.5 },
  // The access side denying the caricature of its own demand.
  { re: new RegExp(String.raw`\b(?:not|never|nobody|no one|no-one)(?:\s+[\w']+){0,5}?\s+(?:asking|asks?|asked|calling|calls?|looking|seeking|seeks?|pushing|push|arguing|proposing|propose|wants?|wanting|trying|going|telling|tell|tells|forcing|requiring|ordering|demanding|saying)\s+(?:\w+\s+){0,4}?(?:for|to|(?<=saying\s+))\s*(?:\w+\s+){0,3}?(?:${BACKDOOR}|decrypt\w*|break\w*\s+(?:into\s+)?(?:(?:their|its|the|your|anyone's|any)\s+)?(?:encryption|every|cipher|ciphers|cryptography|crypto|maths|math|apps?|products?|services?|phones?)|weaken\w*\s+(?:(?:their|its|the|your|anyone's|any)\s+)?(?:encryption|security|apps?|products?|services?|phones?)|ban\w*\s+encryption|read\w*\s+(?:everybody|everyone|every|all|people|anyone's|anybody's)|read\w*\s+(?:\w+\s+)?(?:private |personal |people's |users' |everyone's |ordinary )(?:messages|chats|conversations|communications)|access to (?:everyone|everybody|all|every|people|ordinary)\S*|mass (?:surveillance|interception|scanning|monitoring|snooping))`), side: 1, weight: 2.5, disclaimer: true },
  // "is not interested in breaking encryption for its own sake": the same denial.
  { re: /\bnot\s+(?:\w+\s+)?interested\s+in\s+(?:breaking|weakening|undermining|banning)\s+(?:\w+\s+)?encryption\b/, side: 1, weight: 2.5, disclaimer: true },
  // "Nobody in this ministry wants a back door": the same denial, with the thing named as the wish.
  { re: new RegExp(String.raw`\b(?:nobody|no one|no-one)\b(?:\s+[\w']+){0,4}?\s+wants?\s+(?:a\s+|any\s+)?${BACKDOOR}(?:\s+(?:or|nor)\s+(?:a\s+|any\s+)?(?:weaken\w*|break\w*|undermin\w*)(?:\s+of)?\s+(?:\w+\s+)?encryption(?:\s+for\s+(?:all|everyone|everybody)(?:\s+\w+)?)?)?`), side: 1, weight: 2.5, disclaimer: true },
  // "The safest message is one that even Hanul cannot open": a provider's design as its virtue, not an investigator's complaint.
  { re: /\b(?:safest|only (?:truly |really )?safe|most secure|only secure)\b(?:\s+[\w']+){0,6}?\s+(?:is\s+)?(?:one|ones|the one)\s+(?:that\s+|which\s+)?(?:even\s+)?[\w']+\s+(?:cannot|can't|could not|couldn't|is unable to|are unable to)\s+(?:open|read|see|access|decrypt)\b/, side: -1, weight: 2 },
  // "Encryption cannot become a shield against the law", "must not become a hiding place": the access side's warning.
  { re: /\b(?:encryption|encrypted (?:apps?|services?|messaging|platforms?|chats?)|it|technology|privacy|apps?|platforms?)\s+(?:cannot|can't|must not|mustn't|should not|shouldn't|must never|can never)\s+(?:become|be|serve as|turn into)\s+(?:a |an )?(?:shield|hiding place|safe haven|refuge|sanctuary|cover|excuse|law unto itself|no-go zone|black hole)\b/, side: 1, weight: 2 },
  // "we have no visibility at all": investigators' complaint; "the right … to talk without being listened to": the other side's ground.
  { re: /\b(?:we|police|investigators|officers|detectives|the police) (?:have|had|get|got) (?:no|zero|little|almost no) (?:visibility|sight|view|window)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:right|freedom|ability) (?:of [\w\s]{1,30}? )?to (?:talk|speak|communicate|write|chat|message) (?:\w+ )?(?:privately|in private|in confidence|without being (?:listened to|spied on|monitored|watched|overheard|read))\b/, side: -1, weight: 1.5 },
  // "Members will hear that this is a backdoor. It is not.": the caricature named only to be denied.
  { re: new RegExp(String.raw`\b(?:call\w*|say|says|said|hear|claim\w*|describ\w+)\s+(?:that\s+)?(?:this|it)\s+(?:is\s+|as\s+)?(?:a\s+)?${BACKDOOR}[.;,]?\s+(?:it is not|it isn't|it's not|it is no such thing|it is nothing of the kind)\b`), side: 1, weight: 2.5, disclaimer: true },
  // "People will tell you this is a backdoor into your phone. It is not." (the denial may be a quotation of its own): only those who reject the word warn that others will use it.
  { re: new RegExp(String.raw`\b(?:will|would|may|might|'ll|are going to)\s+tell you\s+(?:that\s+)?(?:this|it|the bill|the law|the proposal)\s+is\s+(?:a\s+)?${BACKDOOR}`), side: 1, weight: 2 },
  // A provider that cannot hand over what it cannot read: "we can't be made to hand over what we can't open".
  { re: /\b(?:give|hand|turn|leak|disclose|produce|surrender)\s+(?:\w+\s+)?(?:over\s+|away\s+|up\s+)?what\s+(?:we|it|they|the company|the firm)\s+(?:cannot|can't|can not|could not|couldn't|do not|don't|does not|doesn't|did not|didn't)\s+(?:read|see|open|access|decrypt|hold|have)\b/, side: -1, weight: 2 },
  // "The safest data is data we cannot see", "the safest copy of a key is the one that doesn't exist".
  { re: /\bsafest\s+(?:[\w']+\s+){0,4}?(?:is|are)\s+(?:the\s+)?(?:one|ones|data|copy|message|messages|key|keys|chat|file|files)\s+(?:that\s+|which\s+)?(?:(?:we|nobody|no one|no-one|it|the company)\b(?:\s+[\w']+){0,7}?\s+(?:cannot|can't|can not|could not|couldn't|can|could)\s+(?:see|read|open|access|decrypt)|(?:does not|doesn't|do not|don't|never)\s+exists?)\b/, side: -1, weight: 2.5 },
  // "There is no door that opens only for the police"; "a door for the police is a door for the scammers too".
  { re: /\bno\s+(?:such\s+thing\s+as\s+(?:a\s+)?)?(?:door|lock|key|back ?door|way in)s?\s+(?:that|which)\s+(?:only\s+)?(?:opens?|works?|lets in)\s+(?:only\s+)?for\s+(?:the\s+)?(?:police|government|state|good guys|authorities|investigators|courts?)\b|\b(?:door|key|way in|back ?door)\s+for\s+(?:the\s+)?(?:police|government|state|authorities|investigators|good guys)\b[^.]{0,40}?\b(?:door|key|way in|back ?door)\s+for\s+(?:the\s+)?(?:scammers|criminals|hackers|thieves|bad guys|fraudsters|gangs|everyone|anyone|spies)\b/, side: -1, weight: 2 },
  // "Once the capability exists, the next government gets to decide what it's for."
  { re: /\bonce\s+(?:the\s+|a\s+|that\s+|this\s+|such\s+a\s+)?(?:capability|tool|system|scanner|backdoor|back door|mechanism|infrastructure|door)\s+(?:exists|is built|is there|is in place)\b/, side: -1, weight: 1.5 },
  // "… is writing a ban on end-to-end encryption", "is technically equivalent to prohibiting encryption".
  { re: /\b(?:is|are|was|amounts? to|would be|means|writing|writes)\s+(?:(?:technically|effectively|in effect|simply|really)\s+)?(?:equivalent\s+to\s+|tantamount\s+to\s+)?(?:a\s+)?(?:ban|banning|prohibiting|prohibition|outlawing)\s+(?:on\s+|of\s+)?(?:end-to-end\s+)?encryption\b/, side: -1, weight: 2 },
  // "You cannot order a company to decrypt a message it was built never to see."
  { re: /\b(?:you|the state|a state|the government|governments|a government|no government|parliament|the law|a law|lawmakers|ministers|no one|nobody)\s+(?:cannot|can't|can not|should not|shouldn't|must not|mustn't|may not|should never|must never|should be able to)\s+(?:order|force|ask|require|compel|oblige|make|tell)\s+(?:a\s+|the\s+)?(?:company|companies|providers?|firms?|platforms?|apps?|developers?|engineers|them|anyone|businesses)\s+to\s+(?:decrypt|break|weaken|undermine|build|create|hand over|open|unlock|install|scan)\b/, side: -1, weight: 2 },
  // "weakening widely used security tools costs more crimes than it solves"; "trust that nobody will misuse a master key".
  { re: /\bcosts? more (?:crimes?|lives|harm|victims) than (?:it|they) (?:solves?|saves?|prevents?)\b|\btrust that (?:nobody|no one|no-one) (?:will|would) (?:ever )?(?:misuse|abuse|steal|leak)\b/, side: -1, weight: 2 },
  // "If the apps can be opened, they will stop writing to us"; "a record that can be made readable".
  { re: /\bif (?:the )?(?:apps?|messages|chats|phones?|records?|they)\s+(?:can be|could be|are)\s+(?:opened|read|unlocked|decrypted)\b[^.]{0,60}?\b(?:stop|leave|go elsewhere|won't|will not|no longer)\b|\b(?:can|could) be made readable\b/, side: -1, weight: 1.5 },
  // "don't trust the federal government with a key to their phone".
  { re: /\b(?:don't|do not|doesn't|does not|wouldn't|would not|never)\s+trust\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:government|state|police|ministry|authorities|officials)\s+with\s+(?:a|the|their|our)\s+keys?\b/, side: -1, weight: 2 },
  // "punish Canadian companies for protecting Canadians' data"; "somebody else has walked through it".
  { re: /\bpunish\w*\s+(?:[\w'-]+\s+){0,3}?for\s+protecting\b|\b(?:somebody|someone|others|criminals|hackers|the wrong people)(?: else)?\s+(?:has|have|will|would)?\s*(?:walk|walked|walks|gone|go|goes|went|come|came)\s+through\s+it\b/, side: -1, weight: 1.5 },
  // A provider leaving rather than complying: "would move its legal seat … rather than comply".
  { re: /\b(?:leave|quit|exit|withdraw|move|relocate|shut down|close|pull out)\b[^.]{0,60}?\brather than\s+(?:comply|complying|obey|submit|hand over|build|weaken|break|install|scan|decrypt)\b/, side: -1, weight: 2 },
  // "Several correspondents have said my bill would create a backdoor. It would not.": the access side's denial.
  { re: new RegExp(String.raw`\b(?:call\w*|say|says|said|hear|claim\w*|describ\w+|suggest\w*|argu\w+)\s+(?:that\s+)?(?:this|it|my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:would|will|is|creates?)\s+(?:be\s+|create\s+|open\s+|amount to\s+)?(?:a\s+)?${BACKDOOR}[.;,]?\s+(?:it|this|that|they)\s+(?:is|would|will|does|do)\s*(?:not|n't)\b`), side: 1, weight: 2.5, disclaimer: true },
  // "These devices keep criminals out of reach of the law".
  { re: /\b(?:out of|beyond)\s+(?:the\s+)?reach\s+of\s+(?:the\s+)?(?:law|police|justice|investigators|courts|law enforcement)\b/, side: 1, weight: 1.5 },
  // "companies that earn money here should follow our law"; "is free to go".
  { re: /\b(?:companies|firms|platforms|apps|providers|they|tech giants|big tech|foreign firms?|(?:a|any) (?:company|firm|platform|provider))\b[^.]{0,60}?\b(?:should|must|have to|has to|need to|will have to)\s+(?:follow|obey|respect|comply with|abide by|answer to|play by)\s+(?:[\w'-]+\s+){0,2}?(?:law|laws|rules|courts?)\b|\b(?:is|are)\s+free\s+to\s+(?:go|leave)\b|\blet (?:them|it) (?:go|leave|walk)\b/, side: 1, weight: 1.5 },
  // "lawful access and strong encryption can be engineered to coexist".
  { re: /\b(?:lawful access|access|security)\s+and\s+(?:strong\s+)?(?:encryption|privacy)\s+(?:can|could|do|will)\s+(?:(?:be\s+)?(?:engineered|designed|made|built)\s+to\s+)?(?:co-?exist|go together|be reconciled|live together)\b/, side: 1, weight: 1.5 },
  // "I have decided the children come first"; "concerned that offenders would read the judgment as …".
  { re: /\b(?:children|kids|child safety|children's safety)\s+(?:must |should |have to |has to |will )?(?:comes?|came)\s+first\b|\b(?:concerned|worried|fear|fears|feared|alarmed)\s+(?:that\s+)?(?:offenders|criminals|abusers|predators|paedophiles|pedophiles|terrorists|gangs|traffickers)\s+(?:would|will|could|may|might|can)\b/, side: 1, weight: 1.5 },
  // "should set a legal obligation on providers now"; "make such checks mandatory".
  { re: /\b(?:should|must|need to|needs to|ought to)\s+(?:now\s+)?(?:set|impose|place|put|create)\s+(?:a\s+|an\s+)?(?:clear\s+)?(?:legal\s+)?(?:obligation|duty|requirement)s?\s+on\s+(?:the\s+)?(?:providers?|companies|platforms|firms|operators|services|apps)\b|\bmak(?:e|es|ing)\s+(?:such\s+|these\s+|those\s+|the\s+)?(?:[\w-]+\s+)?(?:checks|scanning|detection|safeguards|scans|features?|tools?|filters?)\s+(?:mandatory|compulsory|obligatory)\b/, side: 1, weight: 1.5 },
  // "a lawful way through", "a legal route to those messages"; "an indispensable tool against organised crime"; "abusers feel untouchable".
  { re: /\b(?:lawful|legal)\s+(?:way|route|path|door)\s+(?:through|in|into|to)\b|\b(?:indispensable|essential|vital|necessary|crucial|important)\s+(?:tool|instrument|weapon|power)s?\s+(?:against|in the fight against|to fight|for fighting|to tackle|for tackling)\b|\b(?:feel|are|remain|become)\s+untouchable\b/, side: 1, weight: 1.5 },
  // "customers chose it precisely because no one, including the company, can read their messages"; "Either it's encrypted or it isn't."
  { re: /\b(?:chose|choose|chooses|trust|trusts|trusted|pick|picked|use|uses)\s+(?:us|it|them|the (?:app|service|company|firm))\s+(?:\w+\s+){0,2}?because\s+(?:no one|nobody|no-one)\b[^.]{0,40}?\bcan\s+(?:read|see|access|open)\b|\beither (?:it's|it is|they're|they are) (?:encrypted|secure|private) or (?:it|they) (?:isn't|is not|aren't|are not)\b/, side: -1, weight: 2 },
  // "the wording was broad enough to require providers to re-engineer …"; "a small gain for investigators for a large loss for everyone else".
  { re: /\b(?:broad|wide|vague|loose|sweeping)(?:ly worded)? enough to (?:require|force|allow|cover|compel|let|oblige)\b|\b(?:small|tiny|marginal|modest|slight) gain\b[^.]{0,40}?\b(?:large|huge|big|great|massive|serious) loss\b/, side: -1, weight: 1.5 },
  // A provider that will not weaken its own product: "no intention of weakening our encryption".
  { re: /\b(?:no|not|never|any)\s+(?:\w+\s+){0,2}?(?:intention|intent|desire|wish|plans?|interest)\s+(?:of|to|in)\s+(?:weaken\w*|break\w*|compromis\w*|undermin\w+|dilut\w+|downgrad\w+)\s+(?:our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:encryption|security|protections?|products?|apps?|services?)\b/, side: -1, weight: 2.5 },
  // "I do not want a back door to spy on the citizens, I want the criminals to have nowhere to hide".
  { re: new RegExp(String.raw`\b(?:do|does|did)\s*(?:not|n't)\s+(?:want|need|seek)\s+(?:a|an|any)\s+(?:\w+\s+)?${BACKDOOR}`), side: 1, weight: 2.5, disclaimer: true },
  // "a key to one door, not a master key": the limited access asked for, set against the caricature.
  { re: new RegExp(String.raw`\b(?:(?:key|door|access) (?:to|for|into) (?:one|a single|this|that|each) (?:door|phone|device|account|suspect|case)|warrant|court order|judge's order|targeted (?:access|tool|request)|(?:a|one) (?:\w+ )?tool|cooperation|assistance|collaboration)\b[^;]{0,40}?[.,;:—–-]\s*["“‘']?\s*not (?:a |an )?${BACKDOOR}`), side: 1, weight: 2.5, disclaimer: true },
  // Backing a measure in the words of procedure: "stands fully behind the text", "remains committed
  // to the bill as tabled", "urged quick passage", "appealed to senators to pass the bill".
  { re: /\b(?:(?:stands?|standing|stood)\s+(?:fully\s+|firmly\s+|squarely\s+|solidly\s+)?behind|(?:remains?|remained|is|are|was|were|stays?)\s+(?:fully\s+|firmly\s+|strongly\s+|deeply\s+)?committed\s+to|supports? the (?:goals?|aims?|objectives?|principle|spirit|thrust)(?: and (?:the )?\w+)? of)\s+(?:the|this|its|our|their)\s+(?:[\w-]+\s+){0,2}?(?:bill|law|text|measure|proposal|decree|legislation|plan)\b|\b(?:quick|swift|rapid|speedy|early|prompt|urgent|immediate|fast)\s+(?:passage|adoption|approval|enactment)\b|\b(?:urg\w*|appeal\w*|call\w* on|press\w*|encourag\w*)\s+(?:(?!not\b|never\b)[\w'-]+\s+){0,3}?to\s+(?:pass|adopt|approve|enact)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:bill|law|measure|proposal|decree|legislation)\b/, side: 1, weight: 1.5 },
  // "cannot deliver what it cannot read": a provider whose design leaves nothing to hand over.
  { re: /\b(?:cannot|can't|can not|could not|couldn't)\s+(?:deliver|hand over|give|provide|disclose|produce|share|turn over)\s+what\s+(?:it|we|they)\s+(?:cannot|can't|can not|does not|doesn't|do not|don't)\s+(?:read|have|hold|see|possess)\b/, side: -1, weight: 2.5 },
  { re: /\b(?:back ?doors?|wiretaps?|surveillance|spyware|spying)\s+(?:[\w-]+\s+)?(?:dressed up|disguised|masquerading|wrapped up)\s+as\b/, side: -1, weight: 2 },
  // A measure's reach described by its critics: "would be used first against journalists", "would
  // force providers to build a master key" (not "would force companies to hand over the content",
  // which its backers say too), "no basis in the Constitution", "make every phone
  // weaker to catch a few hundred criminals", "will not store that in clear text because a minority
  // of criminals use it".
  { re: /\b(?:would|will|could|can|might) (?:\w+ )?be (?:used|turned|abused|misused|weaponi[sz]ed) (?:\w+ )?against (?:\w+ ){0,2}?(?:journalists|activists|dissidents|critics|opponents|minorities|lawyers|reporters|protesters|protestors|opposition|ordinary|citizens|whistleblowers)\b/, side: -1, weight: 2 },
  { re: /\b(?:would|will|could|might)\s+(?:\w+\s+){0,2}?(?:force|compel|coerce)\s+(?:[\w'’-]+\s+){0,3}?["“‘']?to\s+(?:build|install|create)\b/, side: -1, weight: 1.5 },
  { re: /\bno (?:legal )?basis in (?:the |our |any )?(?:\w+ )?(?:constitution|law|charter|treaty)/, side: -1, weight: 1.5 },
  { re: /\b(?:make|makes|making|leave|leaves|leaving)\s+(?:every|all|each|everyone's|everybody's|our|your|people's)\s+(?:[\w'’-]+\s+){0,3}?(?:weaker|less (?:safe|secure)|vulnerable|unsafe|insecure)\b|\b(?:weaker|less (?:safe|secure)|insecure|vulnerable)\s+(?:just\s+)?(?:to|in order to|so as to)\s+catch\b/, side: -1, weight: 2.5 },
  { re: /\b(?:will not|won't|would not|wouldn't|refuse to|refuses to|cannot|can't)\s+(?:store|keep|hold|log|retain)\s+(?:[\w'’-]+\s+){0,4}?(?:in clear(?: text)?|unencrypted|in plain ?text|readable)\b|\bbecause (?:a |the )?(?:few|handful|minority|small number|tiny number)(?: of)? (?:\w+ )?(?:criminals|offenders|abusers|bad actors)\b/, side: -1, weight: 2.5 },
  // Access that cannot be kept to its holder: "keys held for the police are keys held for whoever
  // breaks in", "it also opens for the criminals", "no such thing as an off switch that only the
  // police can find", "impossible to make a hole that only the police can use".
  { re: /\b(?:keys?|doors?|back ?doors?|holes?|access|ways? in)\s+(?:[\w-]+\s+)?for\s+(?:the\s+)?[\w-]+\s+(?:is|are)\s+(?:also\s+)?(?:[\w-]+\s+){0,2}?for\s+(?:whoever|anyone|anybody|everyone|everybody|criminals|hackers|thieves)\b|\b(?:also|equally|just as easily)\s+(?:opens?|works?)\s+for\s+(?:the\s+)?(?:criminals|hackers|anyone|anybody|thieves|bad actors|attackers|spies)\b|\b(?:no such thing as|impossible to (?:make|build|create|design)|no way to (?:make|build|create|design)|cannot (?:make|build|create|design)|can't (?:make|build|create|design))\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+only\s+(?:the\s+)?(?:police|government|good guys|authorities|investigators|law enforcement|courts?|state|judges?)\b/, side: -1, weight: 2.5 },
  // "If they can build it, they can open it": what a maker can build, it can be made to open.
  { re: /\bif (?:they|you|it|the company|companies|the firms?|the makers?) (?:can|could) (?:build|make|design|create|sell) (?:it|them|this|that|the \w+),? (?:then )?(?:they|you|it) (?:can|could|should|must) (?:open|unlock|read|access|decrypt)\b/, side: 1, weight: 2 },
  { re: /\b(?:how|the way|road to|path to|step towards?) (?:a |the )?surveillance states?\b/, side: -1, weight: 2 },
  // "must not be blind where serious crime is planned", "the law of the land has to apply to
  // everyone", "national security must come before marketing", "a reasonable price".
  { re: /\b(?:must|should|cannot|can't|can no longer)\s+(?:not\s+)?(?:be|remain|go|stay)\s+(?:left\s+)?blind\b|\b(?:law of the land|the law|laws|the rules)\s+(?:has|have|must|should|needs?)\s+(?:to\s+)?apply\s+to\s+(?:everyone|everybody|all|every company|every platform|tech companies|them too)\b|\bcompl(?:y|ies) with the law(?:s)? (?:like|as) (?:everybody|everyone|every other (?:company|business|citizen))(?: else)?\b|\b(?:national security|public safety|security|the safety of children|children's safety|child safety)\s+(?:must|should|has to|have to|needs? to)\s+come\s+(?:first|before)\b|\b(?:is|was|would be)\s+(?:a\s+)?(?:reasonable|fair|small|acceptable)\s+price\b/, side: 1, weight: 2 },
  // "Weak encryption is not a tool against crime. It is a gift to criminals": what weakening gives
  // criminals is the defenders' charge (outweighs the gift-to-criminals cue read alone).
  { re: /\b(?:weak(?:ened|er)?|broken|backdoored|compromised) encryption\b(?:[^.!?]{0,60}[.!?]\s+(?:it|this|that))?\s+(?:is|are|would be|will be)\s+(?:\w+\s+){0,2}?(?:a |an )?(?:gift|godsend|boon|present|favou?r)\b|\b(?:spare |master )?keys? under the (?:door)?mat\b|\bkeys under doormats\b/, side: -1, weight: 3 },
  // "has called for the draft to be withdrawn": asking that a measure go is opposing it.
  { re: new RegExp(String.raw`\b(?:call(?:ed|s|ing)? for|urg(?:ed|es|ing)|ask(?:ed|s|ing)? for|want(?:s|ed)?|demand(?:ed|s|ing)?)\s+(?:the |this |that |its |their )?(?:[\w'-]+\s+){0,3}?(?:bill|law|draft|proposals?|plan|amendments?|decree|clauses?|regulations?|rules?|measures?|provisions?|articles?|orders?|notices?|directive|requirements?|powers?|parts?|sections?|chapters?|paragraphs?)(?:\s+[\w.-]*\d[\w.()-]*)?\s+${BE_GONE}`), side: -1, weight: 2.5 },
  // "If the government truly has no intention of weakening encryption, then writing that into the
  // law costs it nothing": a denial quoted back as a challenge (outweighs the denial itself).
  { re: /\bif (?:the (?:government|minister|ministry|police|department|commission)|ministers|they|officials|the authorities) (?:truly |really |genuinely |honestly )?(?:has|have|had) no (?:intention|plan|wish|desire) (?:of|to)\b/, side: -1, weight: 3.5 },
  // A provider that cannot read its own users' messages; a door, copy or capability for every hacker.
  { re: /\b(?:we|it|they)\s+(?:cannot|can't|could not|couldn't|can not|are unable to|is unable to)\s+(?:read|see|access|decrypt)\s+(?:our|its|their|your)\s+(?:own\s+)?(?:users'?|customers'?|clients'?|members'?|subscribers'?|patients'?)\s/, side: -1, weight: 2.5 },
  { re: /\b(?:cop(?:y|ies)|keys?|doors?|way in|access|backdoors?)\s+(?:[\w']+\s+){0,2}?for (?:every|any|all) (?:hackers?|criminals?|thie(?:f|ves)|attackers?|spies|hostile (?:states?|governments?))\b|\b(?:ability|capability|capabilities|key|keys|access|tool|tools|door|copy|copies|mechanism|database|vault)\s+(?:that exists\s+)?(?:can|could|will|would)\s+(?:\w+\s+)?be\s+(?:stolen|leaked|hacked|abused|misused|exploited)\b|\bopen(?:s|ed|ing)? a door (?:that|which) (?:cannot|can't|could not|can never|will never|would never) be (?:closed|shut)\b/, side: -1, weight: 2 },
  // "technically incompatible with end-to-end encryption", "incompatible with the right to privacy".
  { re: /\bincompatib(?:le|ility) with (?:the (?:essence of (?:the )?)?)?(?:(?:strong |secure |robust |end-to-end )?encryption|privacy|(?:the )?(?:fundamental )?rights?\b|the constitution|the charter|data protection)/, side: -1, weight: 2 },
  // "deeply suspicious of any plan to weaken encryption": wary of a measure (outweighs "any plan to weaken" read as a denial).
  { re: /\b(?:suspicious|wary|sceptical|skeptical|critical|fearful|afraid|hostile|distrustful) (?:of|about|towards?) (?:any|the|a|this|such|these) (?:plans?|proposals?|attempts?|moves?|efforts?|laws?|bills?|measures?|schemes?) to (?:weaken|break|undermine|bypass|scan|read|access)\b/, side: -1, weight: 4 },
  // "images already known to be child abuse material can be flagged".
  { re: /\babuse (?:material|images?|content)\b[^.]{0,30}?\b(?:can|could|should|must|to) be (?:flagged|detected|identified|reported|blocked)\b|\bflag(?:s|ged|ging)? (?:known )?(?:child )?(?:sexual )?abuse (?:material|images?)\b/, side: 1, weight: 1.5 },
  // Mission creep: "would be used far beyond serious crime", "It will start with child exploitation and end with shoplifting".
  { re: /\b(?:would|will|could) (?:be used|be extended|spread|creep) (?:far |well |way |quickly )?beyond\b|\b(?:start|starts|begin|begins) with (?:child|terror\w*|serious|the worst)[^.]{0,40}?\b(?:end|ends) (?:up )?with\b/, side: -1, weight: 2 },
  // "police are locked out of encrypted evidence": the access side's complaint.
  { re: /\b(?:police|investigators|law enforcement|officers|detectives|prosecutors|agencies|authorities|courts?|we)\s+(?:are|were|is|was|being|remain|get|got|would be|will be)\s+(?:\w+\s+)?locked out\b/, side: 1, weight: 2 },
  { re: /\b(?:would|will)\s+not\s+give\s+(?:a single |any |one |another )?(?:more\s+)?keys?\b/, side: -1, weight: 2 },
  // The other side's slogans turned: "lawful access by design is insecurity by design", "the going
  // dark crisis has been a marketing exercise", "preparing the ground for an encryption ban".
  { re: /\binsecurity by design\b|\b(?:lawful|exceptional|government|guaranteed) access\b[^.;]{0,25}?\b(?:is|means|equals|amounts to)\s+(?:just\s+|simply\s+)?(?:insecurity|a (?:backdoor|vulnerability|weakness|security hole))\b|\bgoing dark\b[^.;]{0,30}?\b(?:myth\w*|exaggerat\w*|overstat\w*|inflat\w*|marketing|hype\w*|fiction|false|fabricat\w*)|\b(?:preparing|prepare|paving|pave|laying|lay) the (?:ground|way|groundwork) for (?:a |an )?(?:[\w-]+ )?(?:ban|backdoors?|surveillance|scanning|mass \w+)\b/, side: -1, weight: 2.5 },
  // "defending the privacy of predators", "investigators urgently need this instrument".
  { re: /\bprivacy of (?:predators|paedophiles|pedophiles|criminals|abusers|offenders|terrorists|gangsters)\b|\b(?:investigators|police|officers|prosecutors|detectives|the authorities|law enforcement) (?:\w+ )?(?:need|needs|require|requires) (?:this|these|the|such|that|a) (?:new )?(?:instrument|tool|power|powers|capability|law)\b/, side: 1, weight: 2 },
  // "If the order is that we must build one, then every journalist … loses": a provider's warning.
  { re: /\bif (?:the (?:order|law|bill|court|government|ruling)|they|you) (?:\w+ ){0,3}?(?:says?|is that|requires?|demands?|orders?|means) (?:that )?we (?:must|have to|should|need to) (?:build|create|make|add|hand|give|break|weaken)\b/, side: -1, weight: 2 },
  // "If they can read our messages, the criminals will know": whoever can read can leak.
  { re: /\bif (?:they|the police|the state|the government|officials|the authorities|anyone|someone) (?:can|could) (?:read|see|open|access) (?:our|your|their|people's|everyone's) (?:[\w-]+ )?(?:messages|chats|conversations|phones),? (?:then )?(?:the |so can |so could )?(?:criminals|cartels|gangs|hackers|kidnappers|thieves|anyone|everyone)\b/, side: -1, weight: 2 },
  // A provider's design addressed to its users: "we can't see your video", "no one, including
  // Chatterbox, can read your messages" (police say "their messages").
  { re: /\b(?:we|nobody|no one|not even we|not even us|even we)\s+(?:\w+\s+)?(?:cannot|can't|can not|could not|couldn't|are unable to|will not be able to|won't be able to|will never be able to)\s+(?:see|read|open|access|watch|view|decrypt|hear)\s+(?:your|users'|customers'|our users'|our customers')|\b(?:no one|nobody),? (?:including|not even|not) (?:us|[\w-]+),? (?:can|could|will be able to) (?:read|see|access|open|watch|hear)\b/, side: -1, weight: 2.5 },
  // Backing or striking a measure by procedure: "would vote for the amendment", "signatures in
  // favour of the amendments"; "the clause should be deleted", "asks for its withdrawal".
  { re: /\b(?:vot\w+|signatures?|petition\w*|campaign\w*)\s+(?:for|in favou?r of|in support of|backing)\s+(?:the|this|these|its)\s+(?:[\w-]+\s+)?(?:amendments?|article|clauses?|decree|bill|law|measure|text|provisions?)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:clause|article|section|provision|amendment|decree|bill|measure|duty|requirement|proposal|plan|scheme|idea)\s+(?:should|must|would have to|has to|ought to)\s+be\s+(?:deleted|dropped|scrapped|withdrawn|struck out|struck down|removed|repealed|shelved|buried|abandoned|binned|killed)\b|\b(?:asks?|asked|asking|calls?|called|calling|demands?|demanded|pressed|presses)\s+(?:for\s+)?(?:its|the|their)\s+(?:\w+\s+)?(?:withdrawal|repeal|deletion|removal|suspension|scrapping|annulment)\b|\brule\s+(?:the|this|that|such an?)\s+(?:\w+\s+)?(?:proposal|plan|idea|bill|measure|clause|scheme|provision|option|amendment)s?\s+out\b/, side: -1, weight: 2 },
  // "If you make those chats readable, you make them readable for everyone"; "a recording that
  // nobody can open protects nobody".
  { re: /\b(?:readable|accessible|open|unlockable)\s+(?:for|to)\s+(?:everyone|everybody|anyone|anybody|all)\b/, side: -1, weight: 2 },
  { re: /\b(?:that|which)\s+(?:nobody|no one|no-one)\s+can\s+(?:open|read|access|see|hear)\s+(?:protects|helps|serves|saves)\s+(?:nobody|no one|no-one)\b/, side: 1, weight: 2.5 },
  // Accusations: "accused critics of protecting the business of …" (access side); "accused the
  // majority of wanting a tool to read the phones of the opposition" (encryption side).
  { re: /\baccus\w+\s+(?:the\s+)?(?:critics|opponents|companies|tech firms|platforms|privacy (?:advocates|campaigners|groups)|activists|civil liberties groups)\s+of\s+(?:protecting|shielding|defending|siding with|helping)\b/, side: 1, weight: 2 },
  { re: /\baccus\w+\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?of\s+(?:wanting|seeking|trying|planning|preparing|using)\s+(?:[\w-]+\s+){0,6}?(?:to\s+)?(?:read|spy|monitor|surveil|listen|snoop)\b/, side: -1, weight: 2 },
  { re: /\bexempt\w*\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:end-to-end\s+)?encryption\b/, side: 1, weight: 2 },
  // "urged the government to exempt health data from any decryption requirements": what is kept
  // out of an access measure is protected from it. (Encrypted services exempted are a topic of their own.)
  { re: /\bexempt\w*\s+(?!(?:[\w'’-]+\s+){0,3}?(?:end-to-end|encrypt))(?:[\w'’-]+\s+){0,4}?from\s+(?:any\s+|the\s+|all\s+|such\s+)?(?:[\w-]+\s+)?(?:decryption|scanning|interception|detection|traceability|key[- ]disclosure|lawful access)(?:\s+(?:requirements?|obligations?|orders?|duty|duties|rules?|mandates?|clauses?|provisions?))?\b/, side: -1, weight: 2 },
  // "called for Article 34 to be limited to data that providers already hold", "asked the
  // committee to narrow the decryption clause": a measure to be cut down.
  { re: /\b(?:clause|provision|article(?:\s+\d+)?|section(?:\s+\d+)?|powers?|obligation|requirement|order|decree|mandate)\s+to\s+be\s+(?:limited|narrowed|restricted|curbed|scaled back)\b|\bto\s+(?:narrow|restrict|curb|scale back|rein in)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:clause|provision|article|section|powers?|obligation|requirement|order|decree|mandate)\b/, side: -1, weight: 1.5 },
  { re: /\bwould\s+cost\s+(?:the\s+|our\s+|this\s+)?(?:industry|sector|economy|country|companies|firms|start-ups|startups)\s+(?:[\w-]+\s+){0,3}?(?:business|jobs|investment|investors|customers|contracts)\b/, side: -1, weight: 1.5 },
  // More of each side's arguments in their usual words (seventh session, cases o).
  { re: /\bwhy should (?:a |an |the |my |your )?(?:phone|app|device|company|platform|chat|smartphone)s? be (?:a |an )?(?:fortress|sanctuary|safe haven|exception|black box|no-go zone)\b|\ball (?:we|i|they|police|the police) (?:ask|want|need|are asking for) is (?:that )?(?:when|if|once) (?:we|they|police|investigators|officers) (?:have|get|obtain|hold) a (?:warrant|court order|judge's order)\b|\bnot an absolute (?:one|right)\b|\b(?:make|force|oblige|get) (?:[\w-]+ ){0,2}?(?:platforms|companies|firms|providers|apps|services) (?:to )?(?:respect|obey|honou?r|comply with|follow|answer to) (?:[\w-]+ ){0,2}?(?:warrants|court orders|laws|the law|judges|courts)\b|\b(?:should not|shouldn't|cannot|can't) (?:be allowed to )?decide (?:that )?(?:a |an |our |the )?(?:\w+ )?(?:judge|court|police|investigators?) (?:\w+ )?(?:is|are) (?:powerless|helpless)\b|\b(?:available|hand(?:ed)? over|provided?|produced?|deliver(?:ed)?)\s+(?:[\w-]+\s+){0,4}?in (?:an )?(?:intelligible|clear|readable|decrypted|unencrypted) form\b/, side: 1, weight: 2 },
  { re: /\bweaken (?:that|it|this|encryption)(?: and|,) (?:it'?s |it is )?(?:[\w'’-]+ ){0,3}?who (?:pay|pays|suffer|suffers|lose|loses|die|dies)\b|\bno democracy would (?:accept|tolerate|allow|permit)\b|\bweaker (?:[\w-]+ )?(?:phones|devices|security|encryption|apps) for (?:everyone|everybody|all)\b|\binflated (?:numbers|figures|statistics|counts)\b|\b(?:peephole|spyhole|keyhole|window|back window) into (?:every|all|our|your|people's|everyone's|each)\b/, side: -1, weight: 2 },
  // Short wire copy's versions (seventh session, b30): "no safe way to give a third party access",
  // "not going to rebuild the product", "holds no readable copy", "would expose activists",
  // "using encryption is not a crime", "depend on encrypted apps"; "a space the law does not reach".
  { re: /\bno (?:safe|secure|responsible) way to (?:give|provide|grant|build|create|offer|allow|add)\b|\b(?:not going to|will not|won't|refuse to|refuses to|would not|wouldn't) (?:start )?(?:re-?build|redesign|re-engineer|rewrite|build|create|develop)\w* (?:the |our |its |a |any )?(?:product|app|service|system|software|architecture|tool|mechanism)\b|\bholds? no (?:readable |decrypted |unencrypted )?cop(?:y|ies)\b|\bnothing to (?:decrypt|hand over|unlock)\b|\bwould (?:\w+ )?expose (?:[\w-]+ ){0,2}?(?:activists|journalists|dissidents|users|citizens|sources|whistleblowers|lawyers|protesters)\b|\b(?:using |use of |selling |building )?encryption is not a crime\b|\b(?:depend|depends|depending|rely|relies|relying)\s+on\s+(?:end-to-end\s+)?(?:encrypted|secure)\s+(?:apps|messaging|messengers|chats|services|communications?|phones)\b/, side: -1, weight: 2 },
  { re: /\b(?:space|place|zone|corner|area)s? (?:that |which |where )?the law (?:does not|doesn't|cannot|can't|could not) (?:reach|enter|go)\b/, side: 1, weight: 2.5 },
  // "will no longer be able to recover backups": a provider's design change; "encryption by
  // default is a basic safety measure, not a favor to criminals".
  { re: /\b(?:will|would|shall) no longer be able to (?:recover|access|read|see|decrypt|restore|open|view|unlock|hand over|turn over)\b|\bnot a (?:favou?r|gift|present|free pass) (?:to|for) (?:criminals|terrorists|paedophiles|pedophiles|predators|abusers|gangs)\b/, side: -1, weight: 2 },
  // Features and institutions (seventh session, b31–b32): "a blank cheque", "a surveillance tool on
  // every phone", "a key for the next group of hackers", "the mathematics does not know who is
  // good", "asks the ministry to withdraw the … part of the draft"; "what we ask is that companies …".
  { re: /\bblank (?:cheque|check)\b|\b(?:surveillance|spying|snooping|monitoring|scanning) (?:tool|app|software|system|device)s? (?:on|in|into) (?:every|all|each|our|your|people's|everyone's)\b|\b(?:keys?|doors?|back ?doors?) for (?:the next |every |any )?(?:group of |gang of )?(?:hackers|criminals|thieves|attackers)\b|\b(?:mathematics|maths|math|cryptography|encryption|the code|an algorithm)\s+(?:does not|doesn't|cannot|can't)\s+(?:know|tell|distinguish)\s+(?:who|the difference|between|good)\b|\bto (?:withdraw|scrap|drop|shelve|abandon|repeal) (?:the |its |this )?(?:[\w-]+ ){0,3}?(?:bill|law|draft|decree|proposal|rule|regulation|clause|article|part|section|amendment|ordinance|directive)\b/, side: -1, weight: 2 },
  { re: /\b(?:what|all) we (?:ask|want|are asking for|need) is (?:that |for )?(?:companies|platforms|providers|firms|apps|the companies|the platforms|tech firms)\b/, side: 1, weight: 2 },
  // A refusal, not a reassurance: "cannot and will not undermine end-to-end encryption".
  { re: /\b(?:cannot|can't|can not)\s+and\s+(?:will|would|shall)\s+not\s+(?:weaken|break|compromise|undermine|bypass|circumvent)\b/, side: -1, weight: 2.5 },
  // A provider refusing for its users: "will not weaken the encryption that protects our users".
  { re: /\b(?:will|would|shall)\s+(?:not|never)\s+(?:weaken|break|compromise|undermine)\s+(?:the\s+)?(?:encryption|security)\s+(?:that|which)\s+protects?\s+(?:(?:our|its|their)\s+(?:users|customers|clients|members|patients)|(?:[\w-]+\s+)?(?:conversations|communications|messages|chats|records|data))\b/, side: -1, weight: 2.5 },
  // The same denial as an intention disowned ("has no intention of asking anyone to break it",
  // "no one has any desire to weaken encryption"): the measure's own side distancing itself.
  { re: new RegExp(String.raw`\b(?:no|not|never|nobody|no one|no-one|any)\s+(?:\w+\s+){0,2}?(?:intention|intent|desire|wish|plan|plans|interest|aim)\s+(?:of|to|in)\s+(?:\w+\s+){0,3}?(?:${BACKDOOR}|break\w*|weaken\w*|ban\w*|outlaw\w*|undermin\w+|do so|doing so)`), side: 1, weight: 2.5, disclaimer: true },
  { re: new RegExp(String.raw`\b(?:we are|we're|we have|i am|i'm|this is|it is|it's|that is|that's|is|are|was|were|would be)\s+["“‘']?not\s+(?:\w+\s+){0,2}?(?:${BACKDOOR}|surveillance|mass surveillance|reading (?:anyone|everyone|people)\S*)`), side: 1, weight: 2.5, disclaimer: true },
  { re: new RegExp(String.raw`\b(?:does|do|did|(?<!\b(?:we|i|company|firm|app|service|platform|provider|messenger)\s+)(?:would|will))\s+not\s+(?:ban|break|weaken|undermine|outlaw|prohibit)(?:\s+or\s+(?:ban|break|weaken|undermine|outlaw|prohibit))?\s+(?!(?:its|our|their|my)\s)(?:[\w-]+\s+){0,2}?encryption`), side: 1, weight: 2, disclaimer: true },
  { re: /\bnot about (?:breaking|weakening|banning|undermining) (?:\w+ )?encryption|\bnot about reading (?:anybody|anyone|everyone|everybody|people|ordinary)\S*/, side: 1, weight: 2 },
  { re: /\b(?:we are|we're|we aren't|i am|i'm|the government is|the ministry is)\s+not\s+(?:\w+\s+)?(?:breaking|weakening|banning|undermining)\s+(?:\w+\s+)?encryption\b/, side: 1, weight: 2.5, disclaimer: true },
  // "Nobody is breaking encryption", "Nothing in this bill requires a provider to build a backdoor": the access side's reassurance.
  { re: new RegExp(String.raw`\b(?:nobody|no one|no-one)(?: here| in (?:this|the) \w+)? is (?:\w+ )?(?:breaking|weakening|banning|undermining) (?:\w+ )?(?:encryption|anything)\b|\bnothing in (?:this|the) (?:bill|law|act|proposal|legislation|text|regulation|amendment) (?:requires|forces|obliges|compels|permits|allows|asks)\b(?:\s+[\w']+){0,5}?\s+(?:${BACKDOOR}|break|weaken)`), side: 1, weight: 2.5, disclaimer: true },
  // (Not the same words hoped for: "she hoped regulators would not force changes that weakened the product".)
  { re: /\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:[\w'’]+\s+){0,3}?(?:would|will|do|does|could)\s*(?:not|n't)\s+(?:let|allow|permit|require|force|make|ask|demand)\w*\s+(?:\w+\s+){0,6}?(?:weaken|break|undermine)\w*/, side: -1, weight: 2 },
  { re: /\b(?:does|do|did|would|will|could|can)\s*(?:not|n't)\s+(?:let|allow|permit|require|force|mean|ask|demand)\w*\s+(?:\w+\s+){0,6}?(?:weaken|break|ban|undermine|backdoor)\w*/, side: 1, weight: 2 },
  // A measure defended by what it does not do ("the bill does not create a backdoor", "it
  // does not mandate any particular technology"): its backers speaking, whoever else refuses.
  { re: new RegExp(String.raw`\b(?:(?:bill|law|act|proposal|legislation|measure|regulation|order|notice|text|plan|amendment|decree|clause|directive|ordinance|code|framework|provision|rule|norm|reform|initiative|reform|draft|scheme|article)s?\s+(?:does|do|did|would|will)\s*(?:not|n't)\s+(?:create|introduce|contain|include)|(?:bill|law|act|proposal|legislation|measure|regulation|order|notice|text|plan|amendment|decree|clause|directive|ordinance|code|framework|provision|rule|norm|reform|it|this|which)s?\s+(?:does|do|did|would|will)\s*(?:not|n't)\s+(?:require|mandate|amount to|constitute|involve|need))\s+(?:[\w-]+\s+){0,3}?(?:${BACKDOOR}|(?:particular|specific) (?:technology|technologies|technique|method)|weaken\w*|break\w*|decrypt\w*)`), side: 1, weight: 2.5, disclaimer: true },
  { re: new RegExp(String.raw`\b(?:this|it|that|what we propose|what we are proposing)\s+(?:isn't|is not|wasn't|was not)\s+(?:\w+\s+){0,1}?${BACKDOOR}`), side: 1, weight: 2.5 },
  // "does not require any provider to introduce a systemic vulnerability": the Five Eyes' defence of a measure.
  { re: /\b(?:does|do|did|would|will|shall|cannot|can't|may not)\s*(?:not\s+|n't\s+)?(?:require|mandate|force|oblige|compel|be used to require)\s+(?:[\w-]+\s+){0,4}?(?:to\s+)?(?:introduce|build|create|install|implement)?\s*(?:a\s+|any\s+)?systemic\s+(?:vulnerabilit\w+|weakness\w*)/, side: 1, weight: 2.5, disclaimer: true },
  // "does not seek, and has never sought, any backdoor": the disclaimer interrupted.
  { re: new RegExp(String.raw`\b(?:not|never)\s+(?:seek|seeks|sought|want|wants|wanted)\s*,\s*(?:and|or|nor)\s+(?:\w+\s+){0,2}?(?:sought|wanted|will|would)\b[^.;]{0,20}?\b(?:any|a)\s+${BACKDOOR}`), side: 1, weight: 2.5, disclaimer: true },
  // The charge that a government is after a way in: its critics' ("the ministry is seeking a
  // backdoor"), turned over when someone rejects it ("rejected the idea that her department was
  // asking for special access": the access side's denial; see REJECTED_CLAIM).
  { re: new RegExp(String.raw`\b(?:government|ministry|department|minister|police|state|authorities|agency|agencies|office|it|she|he)\s+(?:was|were|is|are|had been|has been|have been)\s+(?:\w+\s+)?(?:asking|seeking|pushing|looking|angling|calling)\s+(?:for\s+)?(?:[\w-]+\s+){0,2}?(?:special access|${BACKDOOR}|a master key|master keys|(?:a\s+)?way in)`), side: -1, weight: 2 },
  // The same defence with a pronoun, quoted ('it “does not create a backdoor for anyone”'), or an
  // intention disowned ("the government never sought to weaken encryption").
  { re: new RegExp(String.raw`\b(?:it|this)\s+["“‘']?(?:does|did)\s*(?:not|n't)\s+(?:create|introduce|contain|include|require|mandate)\s+(?:[\w-]+\s+){0,2}?(?:${BACKDOOR}|weaken\w*|break\w*)|\bnever\s+(?:sought|asked|wanted|tried|intended|planned|proposed)\s+(?:\w+\s+){0,2}?to\s+(?:weaken|break|ban|undermine|outlaw)\w*\s+(?:[\w-]+\s+)?encryption`), side: 1, weight: 2.5, disclaimer: true },
  // "There is no back door here: the platform is placed under a judge": the measure's defence, said of it.
  { re: new RegExp(String.raw`\b(?:there is|there's)\s+no\s+${BACKDOOR}\s+here\b`), side: 1, weight: 2.5, disclaimer: true },
  // "There is no backdoor in this law": the measure's defence.
  { re: new RegExp(String.raw`\b(?:there is|there's|there are|there will be)\s+no\s+(?:\w+\s+)?${BACKDOOR}\s+(?:in|inside)\s+(?:this|the|our|that)\s+(?:law|bill|act|text|decree|amendment|proposal|draft|regulation|legislation|code|clause|system)\b`), side: 1, weight: 2.5, disclaimer: true },
  // A measure said not to be what its critics call it ("nobody calls that mass surveillance").
  { re: new RegExp(String.raw`\b(?:nobody|no one|no-one|none of us)\s+(?:\w+\s+){0,2}?(?:calls?|call|considers?|thinks? of|describes?)\s+(?:that|this|it)\s+(?:a\s+|an\s+)?(?:${BACKDOOR}|surveillance|mass surveillance|spying|snooping)`), side: 1, weight: 2 },
  // A measure foretold to break encryption: its critics' words ("the bill would outlaw secure
  // communications"); its backers say what it will not do (above).
  { re: /\b(?:bill|law|act|proposal|legislation|measure|regulation|plan|rules?|order|notice|amendment|requirements?|obligations?|mandates?|powers?|provisions?|content|it|this|which)\s+(?:would|will|could|might)\s+(?:effectively\s+|in effect\s+|in practice\s+|de facto\s+)?(?:ban|outlaw|break|weaken|undermine|kill|end|criminali[sz]e|gut)\s+(?:[\w-]+\s+){0,2}?(?:encryption|encrypted|secure|security|end-to-end|private)\b/, side: -1, weight: 2 },
  { re: /\b(?:bill|law|act|proposals?|legislation|measures?|regulations?|plan|rules?|orders?|notices?|amendment|requirements?|obligations?|mandates?|powers?|provisions?|it|this|which)\s+(?:would|will|could|might)\s+(?:effectively\s+|in effect\s+|in practice\s+|de facto\s+)?(?:force|compel|require|oblige|push)\s+(?:[\w-]+\s+){0,3}?to\s+(?:either\s+(?:[\w-]+\s+){1,4}?or\s+)?(?:abandon|drop|give up|remove|disable|switch off|turn off|break|weaken|undermine)\s+(?:[\w-]+\s+){0,2}?(?:encryption|end-to-end|security)\b/, side: -1, weight: 2 },
  { re: /\b(?:bill|law|act|proposal|legislation|measure|regulation|plan|rules?|order|notice|amendment|mandates?|powers?|it|this|which)\s+(?:would|will|could|might)\s+(?:\w+\s+)?(?:expose|leave)\s+(?:[\w'-]+\s+){0,4}?(?:vulnerable|exposed|open to (?:attack|abuse|hackers)|to (?:hackers|criminals|fraudsters|attackers|hostile \w+|foreign \w+|spies|scammers|identity theft))\b/, side: -1, weight: 2 },
  { re: /\brather (?:\w+ ){1,5}?than (?:ship|build|release|sell|offer|install|create|hand over|put out)\w* (?:[\w-]+ ){0,3}?(?:weakened|weaker|backdoored|compromised|insecure|broken|crippled)\b/, side: -1, weight: 2 },
  { re: /\b(?:a )?(?:lock|door|key|backdoor|back door)s? that (?:opens?|works?|lets? in) (?:only )?for (?:the )?good guys (?:\w+ ){0,3}?(?:opens?|works?|lets? in) (?:\w+ )?for (?:the )?bad guys\b/, side: -1, weight: 2.5 },
  { re: /\bno (?:conversation|message|chat|call|communication|letter)s? (?:is|would be|will be|are|could be|can be) (?:truly |really |ever |still )?(?:private|safe|secure|confidential)\b/, side: -1, weight: 2 },
  { re: /\b(?:holding|holds|hold|held|keeping|keeps|storing|stores|having) (?:the |all the |everyone's |users'? |a copy of the )?(?:keys|master key|key) (?:[\w'-]+ ){0,6}?(?:is|was|would be|becomes?|makes? (?:it|them|you)) (?:an? |the )?(?:\w+ )?(?:target|honeypot|liability|risk|prize)\b/, side: -1, weight: 2 },
  // A provider refusing.
  // (Not a measure's own defence: "the measure did not create a backdoor" is above.)
  { re: new RegExp(String.raw`(?<!\b(?:bill|law|act|proposal|legislation|measure|regulation|order|notice|text|plan|amendment|decree|clause|directive|ordinance|code|framework|provision|rule|norm|reform)s?\s+(?:(?:does|do|did|is|was)\s+)?)\b(?:will not|won't|would not|wouldn't|will never|would never|have never|has never|never|are not going to|is not going to|refuses? to|refused to|cannot and will not|cannot|can't|not)(?<!\b(?:it|this)\s+["“‘']?(?:does|did)\s*(?:not|n't))(?!\s+(?:be\s+)?(?:allowed|permitted)\s+to\b)\s+(?:\w+\s+){0,3}?(?:build|built|engineer|engineered|create|created|install|installed|insert|add|introduce|put|weaken|compromise|change|break|hand over|hold|keep|store|retain|ship|deploy|roll out|launch|implement|adopt|lower|reduce|downgrade|dilute)\s+(?:[\w-]+\s+){0,4}?(?:${BACKDOOR}|encryption|security|products?|a way in|(?:users'?|customers'?|our|their|its) (?:keys|data|messages)|(?:decryption |encryption |recovery |private )?keys|client-side scanning|(?:on-device |device )?scanning|decryption capabilit\w+|(?:an? )?(?:key )?escrow(?: features?| mechanisms?| modules?| systems?)?|(?:a |the )?scanners?|(?:a )?weaker (?:version|product|phone|app|service|system)|a way (?:to|of) (?:get|read|access|decrypt|see|unlock)\w*)`), side: -1, weight: 2.5 },
  { re: /\bwhat (?:we|i) (?:don't|do not|won't|will not|can't|cannot) do is (?:\w+ )?(?:build|weaken|break|create|write|hand over)\b/, side: -1, weight: 2 },
  { re: /\b(?:every|any|other) (?:[\w-]+ ){0,3}?(?:government|governments|prosecutor|prosecutors|regime|regimes|police force|country|countries|state|states) (?:[\w-]+ ){0,3}?(?:can|could|will|would) (?:\w+ )?(?:order|demand|ask for|require) (?:it|the same|that|one)\b/, side: -1, weight: 1.5 },
  // Refusing a demand outright ("cannot hand over what it does not have").
  { re: /\b(?:cannot|can't|can not|could not|couldn't|will not|won't|would not|refuses? to|refused to|declined to)\s+(?:hand over|turn over|give up(?! (?:[\w-]+ ){0,3}?(?:power|powers|demand|demands|fight|push|campaign))|hand|decrypt|unlock|disclose)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:rather (?:leave|quit|withdraw|exit|pull out|switch off|stop)|we will leave|stop operating|pull(?:ing|s|ed)? out of|withdraw(?:ing|s)? from|quit(?:ting)? the (?:country|market)|(?:would|will|could|might|may|to|'d|rather|threatens?|threatened|then)\s+(?:\w+\s+)?leave the (?:country|market|uk|eu))\b/, side: -1, weight: 2 },
  // Profit, privacy or delay chosen over children: the access side's charge.
  { re: /\b(?:put|puts|putting|placed?|placing|prioriti[sz]\w*|chosen|chose|choos\w+|valu\w+)\s+(?:[\w']+\s+){0,5}?(?:above|over|ahead of|before)\s+(?:the\s+)?(?:safety|protection|lives|welfare|wellbeing|well-being)\s+of\s+(?:children|kids|victims|young people|minors)|\b(?:delay|profits?|privacy|business models?|encryption|revenue)\s+over\s+(?:children|kids|child safety|victims)\b/, side: 1, weight: 2 },
  // Investigators left unable to see.
  { re: /\b(?:left|leave|leaves|leaving|kept|keeps|keep)\s+(?:the\s+)?(?:police|investigators|officers|detectives|law enforcement|us|agencies|authorities)\s+(?:\w+\s+)?(?:blind|in the dark|deaf)\b|\b(?:we are|we're|we were|police are|investigators are)\s+(?:\w+\s+)?(?:in the dark|blind|deaf)\b/, side: 1, weight: 2 },
  // "Criminals should not have a safe room the police can never enter."
  { re: /\b(?:criminals|cartels|terrorists|gangs|predators|paedophiles|pedophiles|abusers|traffickers|offenders)\s+(?:should|must|can)\s*(?:not|n't|never)\s+(?:\w+\s+)?have\s+(?:a\s+|any\s+)?(?:safe|secret|private)\s+(?:room|space|haven|place|corner)s?\b/, side: 1, weight: 2 },
  // Encryption as a gift to criminals.
  { re: /\b(?:best thing|gift|godsend|boon|safe haven|safe havens|safe space|safe spaces|safe harbou?r|safe deposit box(?:es)?|vaults?|hiding place|playground|dream)\s+(?:[\w']+\s+){0,5}?(?:criminals|cartels|terrorists|gangs|predators|paedophiles|pedophiles|abusers|traffickers|kidnappers|abuse material|abuse images|child abuse)\b/, side: 1, weight: 2 },
  // "has thrown away the master key": a provider that kept no way in.
  { re: /(?<!\bnot (?:to )?)\b(?:threw|thrown|throw|throws|throwing) away (?:the |its |our |their |any )?(?:master |spare |only |extra )?keys?\b|\b(?:destroy\w*|delet\w*|discard\w*) (?:the |its |our |their )?(?:master|spare|recovery) keys?\b/, side: -1, weight: 2 },
  { re: /\b(?:lawful access|access|security and privacy|privacy and security|safety and privacy|privacy and safety)\s+(?:and\s+(?:strong\s+)?(?:security|encryption|privacy)\s+)?(?:are|is)\s+not\s+(?:mutually exclusive|incompatible|at odds)\b/, side: 1, weight: 1.5 },
  // Refusing to comply; the end of private talk; asking for the impossible.
  // (Not "cannot comply": "designed so that they could not comply" is the access side's charge.)
  { re: /\b(?:will not|won't|would not|wouldn't|will never|would never|refuses? to|refused to|does not intend to|has no intention of)\s+(?:\w+\s+)?compl(?:y|ying)\b/, side: -1, weight: 2 },
  { re: /\b(?:the )?end of (?:end-to-end |strong )?encryption\b|\b(?:the )?end of (?:\w+ )?(?:private|secure|encrypted|confidential) (?:communications?|messaging|conversations?|chats?|correspondence)\b|\bdeath (?:knell|sentence|blow) (?:for|to) (?:\w+ )?(?:encryption|privacy|private|secure)\b/, side: -1, weight: 2 },
  { re: /\b(?:asking for|demanding|demands|wants|want|ask for|asks for) (?:the )?impossible\b|\bimpossible (?:demand|request|ask)\b|\bmagic(?:al)? thinking\b|\bnerd harder\b|\bdef(?:y|ies|ying) (?:the laws of )?(?:maths|math|mathematics|physics)\b/, side: -1, weight: 2 },
  { re: /\b(?:children|kids|minors|young people|victims)\s+(?:are|were|is|being|have been|has been|had been|are being|were being)\s+(?:\w+\s+){0,2}?(?:abused|exploited|groomed|harmed|raped|trafficked)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:least|less|minimally) (?:intrusive|invasive)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:stand|get|be)\s+in the way of\s+(?:\w+\s+){0,3}?(?:police|investigators|law enforcement|the bill|the law|the legislation|officers)\b|\bsupport\w*\s+(?:the\s+)?(?:objective|aim|goal|intent|purpose|spirit|thrust)\s+of\s+(?:the\s+|this\s+)?(?:bill|law|legislation|proposal)\b/, side: 1, weight: 1.5 },
  { re: /\bnot for (?:cryptographers|engineers|technologists|tech companies|companies|silicon valley|the industry) to (?:veto|decide)\b/, side: 1, weight: 2 },
  // Critics' warnings waved away.
  { re: /\b(?:scaremonger\w*|fearmonger\w*|alarmis[tm]\w*|hysteri\w+)\b/, side: 1, weight: 1.5 },
  // "There is no way to build an access point that tells a police officer from a thief", "no
  // encryption that is broken only for the bad ones", "a duty to remove encryption is the
  // definition of a backdoor", "encryption was a safety measure for the women she works with".
  { re: new RegExp(String.raw`\b(?:no way|impossible)\s+to\s+(?:build|create|make|design|engineer)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:access point|door|${BACKDOOR}|key|system|mechanism|weakness|capability)\b|\bno\s+(?:encryption|${BACKDOOR}|door|key|weakness|vulnerability)\s+(?:that|which)\s+(?:is|can be|gets)\s+(?:broken|opened|used|exploited)\s+only\b|\b(?:is|are|would be)\s+(?:the\s+)?(?:very\s+)?definition\s+of\s+(?:a\s+|an\s+)?(?:${BACKDOOR}|surveillance|mass surveillance|wiretap)|\bencryption\s+(?:is|was|has been|remains)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:safety (?:measure|tool|feature)|lifeline|protection|safeguard)\b`), side: -1, weight: 2.5 },
  // The access side's reassurance, in other words: "required no new weakness", "rejected the
  // description of his bill as a 'backdoor law'".
  { re: new RegExp(String.raw`\b(?:requires?|required|creates?|created|introduces?|introduced|adds?|added|needs?|needed)\s+no\s+(?:new\s+)?(?:weakness(?:es)?|vulnerabilit(?:y|ies)|${BACKDOOR})\b|(?:\breject(?:s|ed)?\s+|^\s*)(?:the\s+)?(?:description|label|characteri[sz]ation|claim|suggestion|charge|idea|notion)\s+(?:of\s+(?:his|her|their|its|the)\s+[\w-]+\s+)?(?:as|that)\s+(?:it\s+(?:was|is|would be)\s+)?(?:a\s+|an\s+)?["“‘']?(?:${BACKDOOR})`), side: 1, weight: 2.5, disclaimer: true },
  // "would not redesign its products to keep copies of users' keys", "a lawful access point is
  // still an access point", "no way to scan everyone's messages in a targeted manner".
  { re: /\b(?:will|would|does|do)\s+not\s+(?:[\w']+\s+){0,4}?(?:to\s+)?(?:keep|store|hold|retain)\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:[\w']+\s+)?keys\b|\b(?:lawful|legal|legitimate|targeted|secure|safe|exceptional|front)\s+(?:access point|backdoor|back door|door|key|access)\s+is\s+still\s+(?:a|an)\b|\bno way to (?:scan|read|monitor|search|check)\s+(?:everyone|every|all)\b/, side: -1, weight: 2 },
  // A demand renamed for what it is ("client-side scanning by another name").
  { re: new RegExp(String.raw`(?:${BACKDOOR}|surveillance|scanning|wiretap\w*|spyware|interception)\s+(?:[\w']+\s+){0,3}?(?:by another name|in disguise|with a (?:nicer|different|friendlier|new) name|with extra steps|with (?:better|nicer|good|clever) (?:marketing|branding|PR)|with a (?:better|nicer|new|good|clever|friendlier) (?:publicist|PR team|press office|rebrand|brand))\b`), side: -1, weight: 2 },
  { re: /\b(?:invitation|licen[cs]e|charter|recipe|blueprint|green light)\s+(?:\w+\s+)?(?:to|for)\s+(?:snoop|spy|surveil|mass surveillance|abuse)\w*|\bsnoop(?:s|ing|ed)? on\b/, side: -1, weight: 2 },
  { re: /\b(?:can(?:not|'t| not)|could(?:n't| not)|will never)\s+be made (?:safe|secure)\b|\bno such thing as (?:a )?(?:safe|secure) (?:backdoor|back door|escrow|key escrow)\b|\bno such thing as (?:a |an )?(?:[\w-]+ )?(?:door|backdoor|back door|key|weakness|vulnerability|lock) that (?:\w+ ){0,4}?only\b|\bno way to (?:build|make|create|design|write) (?:[\w-]+ ){0,5}?(?:that|which) (?:[\w-]+ ){0,5}?only\b/, side: -1, weight: 2 },
  { re: /\b(?:key|keys|backdoor|back door|door|weakness|capability|database|access|system|scanner)\s+(?:[\w']+\s+){0,4}?(?:can|could|will|would)\s+(?:\w+\s+)?be\s+(?:[\w]+,?\s+(?:or\s+|and\s+)?){0,3}?(?:stolen|leaked|abused|misused|hacked|exploited|repurposed)\b/, side: -1, weight: 1.5 },
  // "would vote against it": the bill just named (bills here are almost always access measures;
  // a named measure with its own side is weighed in measures.ts).
  { re: /\bvot(?:e|es|ed|ing) (?:\w+ )?against (?:it|this|that)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:won't|will not|will never|would never|refuse to|refuses to|are not going to) (?:ever )?(?:ship|build|deploy|install|add|write) (?:it|that|one|this)\b/, side: -1, weight: 1.5 },
  { re: /\bhope is not a (?:security )?(?:policy|strategy|plan)\b|\b(?:vault|database|store|honeypot|register|pile) of (?:everybody's|everyone's|all (?:our|the|their)|users'?|people's|customers'?) (?:private )?keys\b/, side: -1, weight: 2 },
  { re: /\b(?:don't|do not|doesn't|does not|never|not) (?:think|believe) (?:that )?(?:[\w-]+ ){1,4}?can (?:ever )?be made (?:safe|secure)\b/, side: -1, weight: 2 },
  { re: /\bcosts? (?:is|are|would be|will be) (?:far |much |way )?(?:higher|greater|too (?:high|great))\b/, side: -1, weight: 1.5 },
  { re: /\b(?:serious|grave|deep|real|strong|significant)\s+(?:doubts|concerns|reservations|misgivings)\s+(?:about|over|on|regarding)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:unconstitutional|would not pass (?:the|any) (?:\w+ )?test|(?:violat|breach|infring)\w* (?:the )?(?:(?:right|rights) to privacy|privacy rights|constitution\w*|charter|inviolability)|incompatible with (?:the |our |a )?(?:\w+ ){0,2}?(?:protection|right|rights|constitution|charter|privacy|secrecy|confidentiality|inviolability))\b/, side: -1, weight: 1.5 },
  // "turns every phone in the country into a police checkpoint": a measure described by what it makes of everyone's devices.
  { re: /\bturns? (?:every|each|all|our|your|people's|citizens'|everyone's) (?:[\w'’-]+ ){0,4}?into (?:a |an )?/, side: -1, weight: 2 },
  // "encryption that cannot be broken on request": the kind worth keeping.
  { re: /\b(?:encryption|security|protection|locks?)\s+(?:that|which)\s+(?:cannot|can't|can not|could not|won't|will not)\s+be\s+(?:broken|bypassed|weakened|cracked|opened)\b/, side: -1, weight: 2 },
  // The access side's case in its usual words: no place beyond the law, the same rules online as
  // off, scanning that already happens.
  { re: /\b(?:spaces?|places?|zones?|areas?|corners?)\s+(?:where|that)\s+(?:the law|police|the police|courts|warrants?|investigators)\s+(?:cannot|can't|can not|could not|do not|don't)\s+(?:reach|go|see|enter)|\bbeyond the reach of (?:the law|justice|police|the courts)|\blawless (?:spaces?|zones?|places?)\b/, side: 1, weight: 2 },
  { re: /\b(?:the same|equal|same)\s+(?:[\w']+\s+){0,3}?online as (?:it does |they do |it is |they are )?offline\b|\billegal offline\b|\binto line with (?:\w+ ){0,2}?(?:phone calls|calls|letters|post|telephones?|landlines?|the phone)\b/, side: 1, weight: 2 },
  { re: /\balready scan\w* (?:\w+ ){0,3}?(?:spam|malware|viruses|phishing)\b/, side: 1, weight: 2 },
  // A measure named for what it is by the naming verb itself ("described the scheme as unworkable").
  { re: /\b(?:described|describes|describing|called|calls|calling|branded|brands|labelled|labeled|dubbed)\s+(?:the|this|that|it|its|their|such)\s+(?:[\w-]+\s+){0,3}?(?:as\s+)?(?:a\s+|an\s+)?(?:unworkable|dangerous|reckless|disproportionate|flawed|deeply flawed|unconstitutional|draconian|terrible|absurd|misguided|naive|authoritarian|orwellian|chilling|intrusive|invasive|unlawful|illegal|unacceptable)\b/, side: -1, weight: 2 },
  { re: /\b(?:described|describes|describing|called|calls|calling|hailed|hails)\s+(?:the|this|that|it|its|their|such)\s+(?:[\w-]+\s+){0,3}?(?:as\s+)?(?:a\s+|an\s+)?(?:sensible|proportionate|balanced|necessary|vital|welcome|long overdue|overdue|common-sense|commonsense|reasonable|measured)\b/, side: 1, weight: 2 },
  { re: /\b(?:disaster|catastrophe|nightmare)\s+(?:for|to)\s+(?:\w+\s+)?(?:privacy|encryption|security|civil liberties|free speech)\b/, side: -1, weight: 2 },
  { re: /\b(?:threat|danger|risk|attack|blow|assault|affront)\s+(?:to|on|against|for)\s+(?:\w+\s+)?(?:privacy|encryption|security|cybersecurity|civil liberties|free speech|free expression|press freedom|democracy|human rights|journalists|whistleblowers)\b/, side: -1, weight: 2 },
  { re: /\b(?:goes|go|went|going|gone|had gone|has gone)\s+(?:much\s+|far\s+|way\s+)?too far\b/, side: -1, weight: 1.5 },
  // "one of the bill's fiercest critics", "the plan's chief architect".
  { re: /\b(?:bill|law|plan|proposal|legislation|scheme|measure|regulation|mandate)'s\s+(?:[\w-]+\s+){0,2}?(?:critics?|opponents?|detractors?)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:bill|law|plan|proposal|legislation|scheme|measure|regulation|mandate)'s\s+(?:[\w-]+\s+){0,2}?(?:supporters?|backers?|champions?|advocates?|proponents?|architects?|sponsors?|authors?)\b/, side: 1, weight: 1.5 },
  // Alternatives offered instead of breaking encryption: the encryption side's answer.
  { re: /\binstead of (?:breaking|weakening|undermining|banning|scanning|backdooring)\b|\bbetter ways? (?:to|of) (?:\w+ ){1,4}?than (?:breaking|weakening|undermining|banning|scanning)\b/, side: -1, weight: 2 },
  // The provider could comply, would it only want to; profits before children; a haven for dealers.
  { re: /\bcould (?:easily |readily |simply )?(?:comply|help|do (?:it|this|so))(?: \w+){0,3}? if (?:it|they|the company|the firm) (?:wanted|chose|wished) to\b|\b(?:profits?|money|revenue|business models?|growth)\s+(?:before|over|ahead of|above)\s+(?:the\s+)?(?:safety of\s+)?(?:children|kids|victims|the public)\b/, side: 1, weight: 2 },
  { re: /\b(?:haven|refuge|playground|paradise)\s+for\s+(?:\w+\s+)?(?:dealers|criminals|paedophiles|pedophiles|abusers|predators|terrorists|gangs|traffickers|fraudsters|extremists)\b/, side: 1, weight: 2 },
  { re: /\bonly (?:in|for) (?:the )?(?:most serious|serious|exceptional|rare|limited)\b/, side: 1, weight: 1.5 },
  // Evidence out of reach: the access side's complaint.
  { re: /\b(?:evidence|messages|data|information|proof)\s+(?:\w+\s+){0,2}?(?:is|was|are|were|remains?|sits?|being)\s+(?:\w+\s+)?(?:locked|trapped|hidden|sealed)\s+(?:inside|in|behind|away)(?:\s+(?:[\w-]+\s+){0,2}?(?:apps?|phones?|devices?|messages|chats|services|platforms|encryption))?\b|\btrails?\s+(?:\w+\s+)?(?:goes|go|went|gone|run|runs|ran)\s+cold\b|\bdead ends?\b/, side: 1, weight: 2 },
  { re: /\b(?:tech(?:nology)? (?:firms|companies|giants|platforms)|platforms|companies|providers|the industry|silicon valley)\s+(?:must|should|need to|have to|has to)\s+do more\b|\ba warrant is a warrant\b/, side: 1, weight: 2 },
  // The encryption side's: the law cannot change mathematics; the innocent pay.
  { re: /\b(?:cannot|can't|can not|could not|couldn't)\s+legislate\s+(?:away\s+)?(?:the\s+)?(?:maths|math|mathematics|physics)\b|\b(?:maths|math|mathematics)\s+(?:doesn't|does not|won't|will not|don't|do not)\s+(?:care|bend|take instructions|obey|listen)\b/, side: -1, weight: 2 },
  { re: /\b(?:ordinary|innocent|law-abiding|everyday|regular)\s+(?:users|people|citizens|customers|members of the public)\s+(?:would|will|who)\s+(?:\w+\s+)?(?:pay the price|suffer|lose out|bear the cost|be the ones)\b/, side: -1, weight: 2 },
  // The encryption side's: criminals move on, the rest lose their protection.
  { re: /\bcriminals?\s+(?:[\w']+\s+){0,3}?(?:move|moving|switch|switching|migrate|migrating|shift|shifting|go|going|turn|turning)\s+(?:\w+\s+){0,2}?(?:to|elsewhere|underground|offshore)\b|\bcriminals?\s+(?:will|would)\s+(?:simply\s+|just\s+)?(?:use|build|write|find)\s+(?:other|their own|alternative|foreign|different)\b/, side: -1, weight: 2 },
  { re: /\b(?:privacy|security|surveillance|civil liberties)\s+(?:disaster|nightmare|catastrophe)\b/, side: -1, weight: 2 },
  // "A duty to hand over messages in readable form is a duty to break encryption": the critics' equation.
  { re: /\b(?:is|was|amounts to|means)\s+(?:a|an|the)\s+(?:duty|obligation|requirement|mandate|order|licen[cs]e|demand|power)\s+to\s+(?:break|weaken|undermine|ban|outlaw|defeat)\w*\s+(?:[\w-]+\s+)?(?:encryption|end-to-end)/, side: -1, weight: 3 },
  // "You cannot have exceptional access without exceptional risk": no way in without danger.
  { re: /\b(?:cannot|can't|can not|could not|couldn't|there is no|there's no|no such thing as)\s+(?:have\s+|build\s+|create\s+)?(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:access|backdoor|back door|master key|key|door|way in)\s+(?:[\w-]+\s+){0,2}?without\s+(?:[\w-]+\s+){0,2}?(?:risk|risks|danger|weaken\w*|vulnerabilit\w+|insecurity|compromis\w+|making everyone less safe)\b/, side: -1, weight: 2.5 },
  // The access side's reassurance and charges: "Nobody at Lanternway wants to read your family
  // group chat", firms that "designed themselves out of any responsibility", "Don't tell me they
  // can't build something that spots …".
  { re: /\b(?:nobody|no one|no-one)\b[^.;]{0,30}?\bwants? to (?:read|see|look at|snoop on|spy on|go through)\s+(?:your|people's|anyone's|everyone's|our|their|ordinary|private|the)\b/, side: 1, weight: 2.5, disclaimer: true },
  { re: /\bdesigned (?:themselves|itself|their way) out of (?:any |all |their )?(?:responsibility|accountability)\b|\b(?:don't|do not)\s+tell\s+(?:me|us)\s+(?:that\s+)?(?:they|companies|the firms|the companies|tech firms|platforms)\s+(?:can't|cannot)\s+(?:build|find|design|make|create)\b/, side: 1, weight: 2 },
  // Whoever can read will be read by the wrong person; a company that should be unable to see.
  { re: /\b(?:can|could|are able to|is able to)\s+read\s+(?:the\s+|your\s+|our\s+|their\s+|people's\s+)?(?:messages|data|chats|files|conversations)\b[^.;]{0,40}?\b(?:wrong person|wrong people|wrong hands|someone else|hackers|criminals|thieves)\b/, side: -1, weight: 2 },
  { re: /\bwant\w*\s+(?:the\s+)?(?:company|companies|firm|firms|provider|providers|platform|platforms|app|apps|them|it|the maker)\s+(?:to\s+)?(?:be\s+)?unable\s+to\s+(?:see|read|access|open)\b/, side: -1, weight: 2.5 },
  // "a company can build a door when it decides to … with a judge holding the key".
  // (Not conceded: "even a locked one with a judge holding the key, the certainty is gone".)
  { re: /\b(?:a\s+|the\s+)?judges?(?<!\beven\b[^.;]{0,50})\s+(?:holding|holds|hold|keeping|keeps)\s+the\s+keys?\b|\b(?:company|firm|they|it)\s+can\s+build\s+(?:a|the)\s+(?:door|way in)\s+(?:when|if|whenever)\b/, side: 1, weight: 2 },
  // The access side's slogan; places the police cannot enter; a denial of spying; a door opened
  // for a judge that opens for anyone; trust in products put in doubt (eighth session).
  { re: /\b(?:who|whoever|anyone who|those who|if you|people who|citizens who)\s+(?:has|have|had)\s+nothing to hide\s+(?:\w+\s+)?(?:has|have|had|should have|need have)\s+nothing to fear\b/, side: 1, weight: 2 },
  { re: /\b(?:we|police|the police|investigators|officers|detectives|the judge|a judge|judges|prosecutors|law enforcement)\s+(?:still\s+)?(?:cannot|can't|can not|could not|couldn't)\s+(?:enter|reach|get into|see into|look into|follow (?:them|criminals) into)\b/, side: 1, weight: 2 },
  { re: new RegExp(String.raw`\b(?:we are|we're|i am|i'm|nobody is|no one is|this is)\s+not\s+talking about\s+(?:\w+\s+)?(?:spying|reading|snooping|surveillance|mass surveillance|monitoring|${BACKDOOR})`), side: 1, weight: 2.5, disclaimer: true },
  { re: /\b(?:opened|unlocked|used|accessed|read)\s+(?:by|for)\s+(?:a |the |one |any )?(?:judge|judges|police(?: force| forces)?|prosecutors?|the state|governments?|good guys|investigators)\s+(?:\w+\s+){0,2}?(?:can|could|will|would)\s+(?:also\s+|equally\s+)?be\s+(?:opened|unlocked|used|accessed|read|abused)\s+(?:by|for)\s+(?:whoever|anyone|anybody|criminals|hackers|thieves|bad|others|a hacker|a thief)\b/, side: -1, weight: 2.5 },
  { re: /\b(?:put|puts|putting|place|places|placing|call|calls|calling)\s+(?:in doubt|into doubt|into question|in question)\s+(?:the\s+)?(?:trust\w*|reliability|credibility|security|confidentiality|integrity|safety)\b/, side: -1, weight: 1.5 },
  // Something put at risk: children (the access side's point) or anyone else (the other side's).
  { re: /\bput(?:s|ting)? (?:\w+ ){0,2}(?:children|kids|victims|the public|young people|minors) (?:\w+ ){0,3}at risk\b/, side: 1, weight: 2 },
  { re: /\bput(?:s|ting)? (?:[\w',]+ ){1,10}?at risk\b/, side: -1, weight: 2 },
  // "cannot be obeyed without rebuilding its service": only at the cost of security.
  { re: /\b(?:cannot|can't|can not|could not|couldn't|could never|can never|impossible to|no way to)\s+(?:[\w']+\s+){1,10}?without\s+(?:\w+ )?(?:weaken\w*|break\w*|undermin\w+|compromis\w+|rebuild\w*|redesign\w*|touch\w*|harm\w*|making (?:\w+ )?less|(?:creat|introduc|build)\w* (?:a |an )?(?:backdoor|vulnerabilit|weakness|hole))/, side: -1, weight: 2 },
  // "did not believe a scanning system could be deployed … without weakening the guarantees":
  // the claim below, disbelieved.
  { re: /\b(?:not|n't|never|nobody|no one)\s+(?:\w+\s+)?(?:believe|believes|believed|think|thinks|thought|accept|accepts|accepted|convinced|see how|sees how|seen how)\s+(?:that\s+)?(?:[\w']+\s+){0,8}?(?:can|could|will|would)\s+(?:[\w']+\s+){1,10}?without\s+(?:\w+ )?(?:weaken\w*|break\w*|undermin\w+|compromis\w+)/, side: -1, weight: 2 },
  // "the rule can be complied with without weakening the security of any user", "can protect
  // children without compromising privacy": the measure's side saying it costs nothing.
  { re: /\b(?:can|could|will|would|is able to|are able to)\s+(?:[\w']+\s+){1,10}?without\s+(?:\w+ )?(?:weaken\w*|break\w*|undermin\w+|compromis\w+|touch\w*|harm\w*|affect\w*)\b/, side: 1, weight: 2 },
  { re: /\b(?:cannot|can't|can not|could not|could never|can never|impossible to|no way to)\s+(?:be\s+)?(?:built|done|made|implemented|designed|engineered|build|do|make|implement|design|limited|restricted|kept|confined)\s+(?:\w+\s+)?(?:safely|securely|safe|secure|without|to one|to the good guys|to good guys|to criminals|to terrorists|to a single|to the police)\b/, side: -1, weight: 2 },
  { re: /\bbut not (?:its|the|their|this|that) (?:method|methods|approach|means|mechanism|mechanisms|how)\b/, side: -1, weight: 1.5 },
  // Encryption side, outright.
  { re: /\b(?:weakness|vulnerability|hole|flaw|door|key) (?:built in |created |left )?for (?:one|the police|police|one agency|the good guys) is (?:also )?(?:a |the same )?(?:\w+ )?for (?:every|all|any|anyone|everyone)\b|\b(?:lower|lowers|lowering|reduce|reduces|reducing) the security of (?:every|all|everyone|millions)/, side: -1, weight: 2 },
  { re: /\b(?:will|would),? (?:sooner or later,? |eventually,? |one day,? |inevitably,? |in time,? )?be (?:used|abused|misused|turned) (?:to|against|for)\b/, side: -1, weight: 1.5 },
  { re: new RegExp(String.raw`\b(?:a|any|the|every) (?:${BACKDOOR}|way in|door) for (?:[\w']+ ){1,3}?is (?:also |just |always )?(?:a |an )?(?:${BACKDOOR} |way in |door )?for (?:every\w*|all|any\w*|whoever|criminals|the bad guys|hackers|attackers|thieves|spies)`), side: -1, weight: 2.5 },
  { re: /\b(?:weaken|undermin|break|compromis)[a-z]* (?:everyone's|everybody's|all our|all of our|every citizen's|every user's) (?:encryption|security|privacy|phones?|messages)\b/, side: -1, weight: 2 },
  { re: /\b(?:it|the company|the app|the service|the firm|the provider) (?:can|could|will) no longer (?:read|access|see|decrypt)\b/, side: -1, weight: 2 },
  // "A warrant should mean something", "police must be able to read the messages of suspects",
  // platforms that "have chosen to look away": the access side's case.
  { re: /\bwarrants?\s+(?:should|must|needs? to|has to|ought to)\s+mean\s+something\b|\b(?:state|police|investigators|authorities|officers|detectives|prosecutors|agencies|law enforcement)\s+(?:must|should|needs? to|has to|have to)\s+be\s+able\s+to\s+(?:read|access|intercept|see|open|decrypt|unlock)\b|\b(?:chosen|chose|choose|chooses|choosing|decided|decide|decides)\s+to\s+(?:look away|turn a blind eye|look the other way|stop looking)\b/, side: 1, weight: 2 },
  // "a hole in everyone's security", "will not betray the trust of our users", "the bad guys will
  // just use something else", a law that would "turn companies into an arm of the state". (Not
  // "our users trust us to protect their conversations": a firm weighing both sides says it too.)
  { re: /\bholes?\s+in\s+(?:everyone's|everybody's|all our|every user's|every citizen's|people's)\s+(?:security|encryption|phones?|devices?|privacy)\b|\bbetray\w*\s+(?:the\s+)?trust\s+of\s+(?:our\s+|their\s+|its\s+)?(?:users|customers)\b|\b(?:bad guys|criminals|terrorists|abusers|gangs)\s+will\s+(?:just|simply)\s+(?:use|switch to|move to)\s+(?:something else|other|another)\b|\bturn\w*\s+(?:[\w'-]+\s+){0,3}?into\s+(?:an?\s+)?(?:arm|agents?|extension|informants?|deputies)\s+of\s+the\s+(?:state|police|government)\b/, side: -1, weight: 2 },
  // Naming a measure a backdoor is the accusation ("that is a backdoor, whatever they call it").
  { re: new RegExp(String.raw`\b(?:(?:that|this|it|which|what|(?:the|this) (?:bill|law|plan|proposal|scheme|clause|order|rule|measure|regulation|feature|system|requirement|technology|tool|mandate|notice|amendment|decree|article|draft|directive|provision|power|duty))(?: is|'s| was| would be| amounts to| remains| has become| becomes)|amounts? to|call(?:s|ed|ing)? (?:it|this|that|them|the \w+))\s+(?:still |just |simply |nothing but |nothing less than )?(?:a |an |the )?${BACKDOOR}`), side: -1, weight: 2 },
  // Encryption switched on for everyone: the provider's stance is its product.
  { re: /\b(?:now |are |is |be |being )(?:fully )?(?:end-to-end )?encrypted by default\b|\b(?:turn\w*|switch\w*|roll\w*)\s+(?:on|out)\s+(?:default\s+)?(?:end-to-end\s+)?encryption\s+(?:by default|for (?:all|every))\b|\b(?:switch|mov|migrat)\w*\s+(?:\w+\s+){0,4}?(?:over\s+)?to\s+end-to-end[ -]encrypt\w*\s+(?:\w+\s+)?by default\b/, side: -1, weight: 2 },
  { re: /\b(?:lock|door|key) that (?:only )?opens? for (?:whoever|anyone|anybody|any|one|the police|governments?)\b|\bmove (?:its|the company's|our|their) servers (?:out of|abroad|offshore)\b/, side: -1, weight: 2 },
  // Built so that the provider itself cannot read: the design is the stance.
  { re: /\bso that (?:we|it|they|the company|nobody|no one)(?: \w+)? (?:could|can|would|will)(?: not|n't| never) (?:read|access|see|decrypt)\b/, side: -1, weight: 2 },
  // "would stop offering encrypted services here rather than build the capability": leaving
  // is the threat, what follows "rather than" the thing refused.
  { re: /\b(?:stop|stops|stopped|cease|ceases|end|withdraw|withdrawing|switch off|turn off|pull)\w* (?:\w+ ){0,3}?(?:offering|providing|selling|operating|running)\b[^.;]{0,80}?\brather than (?:\w+ ){0,2}?(?:comply|complying|build|building|weaken\w*|break\w*|install\w*|hand\w*|give in|creat\w+|add\w*)\b/, side: -1, weight: 2.5 },
  // (Not a bare "rather than weakening the encryption itself": the access side offers its
  // alternatives that way too; the refusal is "would leave … rather than weaken", above.)
  { re: /\brather than (?:comply|complying|give in|hand over)\b|\b(?:would|will|'d) rather (?:[\w']+ ){1,6}?than (?:weaken\w*|break\w*|build|building|install\w*|creat\w+|add|adding)\b/, side: -1, weight: 2 },
  { re: new RegExp(String.raw`\b(?:secure|safe|good-guys-only|responsible|lawful)\s+(?:${BACKDOOR})\s+(?:is|are|was|remains)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:oxymoron|myth|fantasy|fiction|contradiction|illusion|impossibility|pipe dream|unicorn)`), side: -1, weight: 2.5 },
  { re: /\b(?:encryption|end-to-end encryption|privacy|strong encryption)\s+(?:is not|isn't|was never|is never)\s+(?:our |the |an? )?(?:enemy|problem|obstacle)\b/, side: -1, weight: 2 },
  { re: /\boxymoron\b/, side: -1, weight: 2 },
  // Calling the measure a surveillance tool or a wiretap.
  { re: /\b(?:is|'s|are|amounts? to|would be|becomes?|turns? (?:\w+ ){0,3}into) (?:just |simply |effectively |really )?(?:a |an )?(?:mass |permanent |state )?(?:surveillance|spying|snooping|monitoring) (?:tool|machine|system|infrastructure|capability|device|endpoint|programme|program|scheme|apparatus)\b|\b(?:is|'s|are|into|becomes?|amounts? to|like|as|would be)\s+(?:just |simply |effectively |essentially )?(?:a|an) (?:\w+ )?wiretap\b|\bwiretaps? (?:in|on) every\b/, side: -1, weight: 2 },
  { re: new RegExp(String.raw`\b${BACKDOOR} (?:by (?:any )?other name|in disguise|with (?:a |an )?(?:\w+ )?(?:name|label|press office|stamp))\b`), side: -1, weight: 2 },
  // "the last thing Congress should do is weaken encryption": a measure ruled out by idiom.
  { re: /\bthe last thing (?:[\w']+ ){0,3}?(?:should|must|needs? to|wants? to|ought to) (?:do )?is (?:to )?(?:weaken|break|undermine|ban|backdoor|outlaw|compromise)\w*/, side: -1, weight: 2.5 },
  // A warning of what a measure would make providers do ("the Bill would force companies to
  // weaken the encryption"): no proposer describes their own plan so.
  { re: /\b(?:would|will|could)\s+(?:\w+\s+){0,2}?(?:force|require|compel|oblige|push|pressure)\s+(?:\w+\s+){0,3}?to\s+(?:weaken|break|undermine|compromise|abandon|give up)\b/, side: -1, weight: 2 },
  // "no way to trace … without attaching an identifier to every message": only by touching all.
  { re: /\b(?:no way to|impossible to|cannot|can't|could not|couldn't)\s+(?:[\w']+\s+){1,10}?without\s+\w+ing\s+(?:[\w']+\s+){0,5}?(?:every|all|each|everyone|everybody)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:cannot|can't|can not|could not|couldn't)\s+(?:[\w']+\s+){1,10}?and still (?:call it|be|have|claim|offer)\b/, side: -1, weight: 2 },
  // "Every time you add a place where messages are decrypted, you add a target": each point of access as a target.
  { re: /\b(?:decrypt\w*|keys?|backdoors?|back doors?|copies|access points?)\b[^.;]{0,80}?\b(?:add|adds|adding|create|creates|creating|become|becomes|becoming)\s+(?:a\s+|an\s+|another\s+)?(?:new\s+|single\s+|huge\s+|obvious\s+)?target\b/, side: -1, weight: 1.5 },
  // "would in practice mean ending secure communication": a measure's effect as the end of encryption.
  { re: /\b(?:would|will|could|might)\s+(?:[\w-]+\s+){0,2}?(?:mean|amount to|result in|lead to)\s+(?:the\s+)?(?:ending|end of|killing|banning|ban on|breaking|weakening|undermining|outlawing|abolishing|abolition of)\s+(?:[\w-]+\s+){0,2}?(?:encryption|encrypted|secure|security|end-to-end|private)\b/, side: -1, weight: 2 },
  // "the era of voluntary cooperation is over": compulsion announced.
  { re: /\b(?:era|days|time|age) of (?:purely )?voluntary (?:cooperation|co-operation|compliance|engagement) (?:is|are|was|were|has|have) (?:over|ended|gone|passed)\b/, side: 1, weight: 2 },
  // "we need a clear legal power to reach a suspect's device", "asks for a power to require providers …".
  { re: /\b(?:need|needs|needed|want|wants|lack|lacks|lacked|seek|seeks|seeking|sought|asking for|ask for|asks for|asked for)\s+(?:a\s+|the\s+)?(?:clear\s+|new\s+|proper\s+|specific\s+)?(?:legal\s+|lawful\s+|statutory\s+)?(?:power|powers|tool|tools|authority|means|ability|basis)\s+to\s+(?:reach|access|read|open|get into|search|unlock|decrypt|intercept|see into|require|compel|oblige|force)\b/, side: 1, weight: 1.5 },
  // A bill "to update interception rules for the era of encrypted applications": the powers brought up to date.
  { re: /\b(?:update|updates|updated|updating|moderni[sz]e|moderni[sz]es|moderni[sz]ed|moderni[sz]ing|bring up to date)\s+(?:the\s+|our\s+|its\s+|their\s+|existing\s+)?(?:interception|wiretap\w*|lawful access|investigat\w+|surveillance)\s+(?:rules|powers|laws?|regimes?|framework|capabilit\w+|tools)\b/, side: 1, weight: 1.5, negatable: true },
  // "Messenger owners do not answer our requests at all", "the app company does not respond to us in time, or at all": investigators left without answers.
  { re: /\b(?:do|does|did|will|would) not (?:even )?(?:answer|respond to|reply to) (?:our |any of our |police |investigators' )?(?:requests?|letters|warrants|orders|us)\b|\b(?:don't|doesn't|didn't|never) (?:even )?(?:answer|respond to|reply to) (?:our |any of our |police |investigators' )?(?:requests?|letters|warrants|orders|us)\b/, side: 1, weight: 1.5 },
  // "solutions exist which detect abuse while respecting encryption": detection offered as compatible with encryption.
  { re: /\bdetect\w*\s+(?:child\s+)?(?:sexual\s+)?abuse(?:\s+material)?\s+while\s+(?:respecting|preserving|protecting|keeping|maintaining)\s+(?:end-to-end\s+)?(?:encryption|privacy)\b/, side: 1, weight: 2 },
  // "We want the police to see who is giving the orders."
  { re: /\b(?:we|i)\s+(?:want|need|expect)\s+(?:the\s+)?(?:police|investigators|detectives|authorities|law enforcement|prosecutors)\s+to\s+(?:be able to\s+)?(?:see|read|know|hear)\s+(?:who|what)\b/, side: 1, weight: 1.5 },
  // Members "cannot technically comply with the article without modifying the architecture of their services".
  { re: /\b(?:cannot|can't|can not|could not|couldn't|unable to)\s+(?:technically\s+|possibly\s+|simply\s+)?comply\s+(?:[\w'-]+\s+){0,5}?without\s+(?:modifying|changing|breaking|weakening|redesigning|rebuilding|re-engineering|undermining|removing|abandoning)\b/, side: -1, weight: 2.5 },
  // "Any scanner on the device is an attack surface on the device."
  { re: /\b(?:an?|new|another|extra|additional|bigger|larger|huge|massive)\s+attack surfaces?\b/, side: -1, weight: 1.5 },
  // "this was not the same as listening to everyone": the access side setting its demand apart from mass surveillance.
  { re: /\bnot the same (?:thing )?as\s+(?:listening to|reading|spying on|monitoring|watching|surveilling|scanning|tapping)\s+(?:everyone|everybody|all|every)\b/, side: 1, weight: 2 },
  // "Any key that lets police in is a key someone else can steal."
  { re: /\b(?:key|door|way in|backdoor|back door)s?\s+(?:that|which)\s+(?:lets?|allows?)\s+(?:the\s+)?(?:police|government|state|investigators|authorities|good guys|officers|agents)\s+in\s+is\s+(?:also\s+)?(?:a|an|one)\s+(?:[\w-]+\s+){0,5}?(?:steal|exploit|abuse|find|use|open|copy)\b/, side: -1, weight: 2.5 },
  // Keeping a copy of everyone's chats "means creating exactly the database that predators and hackers would want".
  { re: /\b(?:creat\w+|build\w*|built|set\w* up)\s+(?:exactly\s+|precisely\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:database|store|archive|honey ?pot|treasure trove|trove)\s+(?:that|which)\s+(?:[\w-]+\s+){0,2}?(?:predators|hackers|criminals|thieves|spies|attackers|abusers|scammers)\b/, side: -1, weight: 2 },
  // "Nobody ever asked for a backdoor", "Nobody is proposing a backdoor into the phones of Hondurans": the access side disowning the word.
  { re: new RegExp(String.raw`\b(?:nobody|no one|no-one)\s+(?:is|was|has|had|ever|has ever|is even|was ever)?\s*(?:proposing|proposed|asking for|asked for|demanding|demanded|seeking|sought|suggesting|suggested|calling for|called for|wants?)\s+(?:a\s+|any\s+)?${BACKDOOR}`), side: 1, weight: 2.5, disclaimer: true },
  // "Nobody is reading messages", "nobody reads your chats": the reassurance a scanning or access measure's backers give.
  { re: /\b(?:nobody|no one|no-one)\s+(?:is\s+(?:going to be\s+)?reading|reads|will (?:be )?read(?:ing)?|will ever read|is looking at|looks at)\s+(?:your\s+|anyone's\s+|people's\s+|the\s+|their\s+|private\s+)?(?:messages|chats|conversations|photos|texts)\b/, side: 1, weight: 2, disclaimer: true },
  // Ministers "will not hesitate to use the powers Parliament has given us".
  { re: /\b(?:will not|won't|would not|wouldn't|do not|don't)\s+hesitate\s+to\s+use\s+(?:the|our|its|their|these|those|all|all the|every)\s+(?:[\w-]+\s+){0,2}?(?:powers?|tools?|enforcement|sanctions|measures)\b/, side: 1, weight: 2 },
  // "encryption does not take a service outside the regime": no exemption for encrypted services.
  { re: /\b(?:encryption|being encrypted|end-to-end encryption)\s+(?:does not|doesn't|did not|will not|won't|cannot|can't)\s+(?:take|put|place|exempt|remove|excuse|shield|free|release)\s+(?:a |any |the )?(?:service|services|company|companies|platform|platforms|provider|providers|app|apps|firm|firms|it|them)\b/, side: 1, weight: 2 },
  // "an access that works only for a judge does not exist": good-guys-only access as a fiction.
  { re: /\b(?:access|door|key|backdoor|back door|way in|entrance)\s+(?:that|which)\s+(?:works|opens|functions|is available)\s+only\s+(?:for|to)\s+(?:a\s+|the\s+)?(?:judge|judges|police|good guys|government|courts?|investigators|authorities)\b/, side: -1, weight: 2 },
  // Detectives need more staff and better tools, "not a key to everyone's phone".
  { re: new RegExp(String.raw`\bnot\s+(?:a|an|the)\s+(?:(?:master|spare|golden|skeleton)\s+)?(?:key|keys|way in|${BACKDOOR})\s+(?:to|into|for)\s+(?:everyone's|everybody's|every|all our|all of our|all)\b`), side: -1, weight: 2.5 },
  // A bill that would "close the door on evidence in exploitation cases".
  { re: /\bclos(?:e|es|ed|ing)\s+(?:the\s+)?doors?\s+(?:on|to)\s+(?:the\s+)?(?:evidence|investigations?|justice|prosecutions?|victims)\b/, side: 1, weight: 2 },
  // "For us, encryption is the only bodyguard we have."
  { re: /\b(?:encryption|end-to-end encryption|an encrypted app)\s+is\s+(?:the\s+|our\s+)?(?:only|last|best|one)\s+(?:real\s+)?(?:bodyguard|protection|shield|defen[cs]e|lifeline|safeguard|armou?r|refuge)\b/, side: -1, weight: 2.5 },
  // "at the moment the phone is where that often stops", cases that "died because nobody could read the chats".
  { re: /\b(?:where|why) (?:the |our |many |most |that |it )?(?:cases?|investigations?|that) (?:often |usually |now )?(?:stops?|stall|stalls|dies?|ends?|goes? cold|hits? a wall)\b|\b(?:cases?|investigations?) (?:died|die|stalled|stall|collapsed|collapse|went cold|fell apart) because (?:nobody|no one|we|police|investigators|officers|detectives) (?:could|can|cannot|could not|couldn't)\b/, side: 1, weight: 2 },
  // "we have a right to see it": investigators' or victims' claim on the content.
  { re: /\b(?:we|police|investigators|the police|the state|victims|families|the courts?)\s+(?:have|has)\s+(?:a|the|every)\s+right\s+to\s+(?:see|read|access|open)\b/, side: 1, weight: 1.5 },
  // Services "that can't be made to hand over their private files", "nobody there can be leaned on".
  { re: /\b(?:can't|cannot|can not|couldn't|could not|won't|will not)\s+be\s+(?:made|forced|compelled|pressured|pressed|ordered)\s+to\s+(?:hand over|open|decrypt|give up|disclose|produce|reveal)\b|\b(?:can't|cannot|can not)\s+be\s+leaned\s+on\b/, side: -1, weight: 2 },
  // "If you weaken the thing for the criminals, you weaken it for us."
  { re: /\bweaken\w*\s+(?:it|encryption|security|the lock|the thing|them)\s+for\s+(?:the\s+)?(?:criminals|bad guys|crooks|terrorists|abusers|them)\b[^.;]{0,20}?\bweaken\w*\s+(?:it\s+|them\s+)?for\s+(?:us|everyone|everybody|all|the rest)\b/, side: -1, weight: 2.5 },
  // "a single point of failure" (a store of keys, a scanning server); "without a single point of failure" is the scheme's backers.
  { re: /\bsingle points? of (?:failure|attack|compromise)\b/, side: -1, weight: 1.5, negatable: true },
  // "add safeguards, not remove the tool": keeping the power, with conditions.
  { re: /\bnot (?:remove|scrap|drop|abandon|kill|lose|give up) the (?:tool|power|powers|instrument)\b/, side: 1, weight: 1.5 },
  // "You can't build a door that only opens with a warrant."
  { re: /\b(?:can't|cannot|can not|couldn't|could not|impossible to|no way to|nobody can|no one can)\s+(?:\w+\s+)?(?:build|make|create|design)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:door|doors|backdoor|back door|key|keys|lock|way in)\s+(?:that\s+)?(?:only\s+)?(?:opens?|works?|lets?|admits?)\b/, side: -1, weight: 2.5 },
  // "I just don't think the answer is weakening the tool …", "the answer is not to break encryption".
  { re: /\b(?:(?:don't|do not|doesn't|does not|didn't|did not)\s+think\s+the\s+(?:answer|solution|fix)\s+is|the\s+(?:answer|solution|fix)\s+(?:is|was)\s+not)\s+(?:to\s+)?(?:weaken|break|ban|undermine|scan|read|backdoor|outlaw|compromise)\w*/, side: -1, weight: 2 },
  // "the solution is to fix agent verification, not to open everybody's phone", "the honest answer is not to force them to break the encryption".
  { re: /\bnot (?:to )?(?:open|read|scan|break|weaken|search|unlock) (?:everybody's|everyone's|every|all (?:our|the)) (?:\w+ )?(?:phones?|messages?|chats?|devices?|conversations?|encryption)\b|\b(?:answer|solution|fix|response) (?:is|was) not (?:to )?(?:force|require|make|compel|ask) (?:\w+ ){0,3}?to (?:break|weaken|undermine|open|abandon)\b/, side: -1, weight: 2 },
  // "There is no such thing as a key only for criminals."
  { re: new RegExp(String.raw`\bno such thing as (?:a |an )?(?:[\w-]+ )?(?:key|keys|${BACKDOOR}|door|way in)\b`), side: -1, weight: 2.5 },
  // "Platforms that refuse to provide lawful access … will be blocked", "apps which refuse to give police access … have no place in Turkey": refusers threatened.
  { re: /\b(?:platforms?|companies|company|apps?|firms?|services?|providers?|operators?|messengers?)\s+(?:that|which|who)\s+(?:refuse|refuses|decline|declines|fail|fails)\s+to\s+(?:[\w'-]+\s+){1,10}?(?:(?:will|would|should|must|could|can|may)\s+(?:\w+\s+)?(?:be\s+)?(?:blocked|fined|banned|punished|sanctioned|shut down|prosecuted|closed|face)\b|(?:have|has)\s+no\s+place\b)/, side: 1, weight: 2.5 },
  // "engineers should not be forced to build …": coercion refused.
  { re: new RegExp(String.raw`\b${PROVIDERS}\s+(?:should|must|would|will|could|can|ought to)\s*(?:not|never|n't)\s+be\s+(?:forced|compelled|obliged|required|made|ordered)\s+to\b`), side: -1, weight: 2 },
  // "An encrypted product with an exception for the state is not an encrypted product", "Encryption that the government can switch off isn't encryption".
  { re: /\b(?:encryption|encrypted (?:products?|services?|apps?|messaging|messages|phones?))\s+(?:that|which|with)\s+(?:[\w']+\s+){1,6}?(?:is not|isn't|is no longer|are not|aren't)\s+(?:an?\s+|really\s+)?(?:encrypted|encryption|secure)\b/, side: -1, weight: 2.5 },
  // "should platforms be allowed to be completely blind to abuse", "tools that leave them blind when a child is in danger".
  { re: /\b(?:allowed|able|permitted|entitled) to (?:be|remain|stay|go) (?:completely |totally |wilfully |willfully |deliberately )?blind\b|\bleav(?:e|es|ing) (?:them|us|police|investigators|officers|schools|parents|detectives) (?:completely |totally )?blind\b/, side: 1, weight: 2 },
  // "it forces companies to weaken their own security", "a licence to hack".
  { re: /\b(?:it|this|the (?:bill|law|act|amendment|regulation|rule|order|proposal|clause|decree))\s+(?:forces|compels|obliges|requires|pushes)\s+(?:[\w-]+\s+){0,3}?to\s+(?:weaken|break|undermine|compromise|sabotage)\s+(?:[\w-]+\s+){0,2}?(?:security|encryption|protections?|products?|systems?)\b|\ba licen[cs]e to (?:hack|spy|snoop|break in)\b/, side: -1, weight: 2 },
  // "I would move the company to another EU state before I did that"; "not a weaker lock for everybody".
  { re: /\b(?:move|moving|relocate|relocating) (?:the company|the business|our company|our business|our servers|our headquarters|us|our data) (?:out of (?:the country|[\w-]+) )?to another (?:[\w-]+ )?(?:state|country|jurisdiction)\b|\ba weaker (?:lock|door|safe|encryption|security) for (?:everybody|everyone|all|every)\b/, side: -1, weight: 2 },
  // "a backdoor described politely is still a backdoor".
  { re: new RegExp(String.raw`\b(?:is|are)\s+still\s+(?:a\s+|an\s+)?(?:${BACKDOOR}|surveillance|mass surveillance)\b`), side: -1, weight: 2 },
  // "considering withdrawing encrypted services from the UK market": a provider's exit, not a measure withdrawn.
  { re: /\b(?:withdraw|withdraws|withdrawing|withdrew|pull|pulls|pulling|pulled)\s+(?:[\w-]+\s+){1,3}?(?:from|out of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:market|country)\b/, side: -1, weight: 2 },
  // "restores the balance between privacy and public safety": the measure's side praising it.
  { re: /\brestor(?:e|es|ed|ing)\s+(?:the\s+|a\s+)?(?:proper\s+|right\s+|lost\s+)?balance\b/, side: 1, weight: 1.5 },
  // "a fishing expedition": a demand for data dismissed as trawling.
  { re: /\bfishing expeditions?\b/, side: -1, weight: 1.5 },
  // "the ordinance would force it to identify users and hand over decrypted messages": the party forced, complaining.
  { re: /\b(?:bill|law|act|ordinance|decree|regulation|rules?|order|notice|amendment|proposal|plan|provision|clause|measure|it|this)\s+(?:would|will|could)\s+force\s+(?:it|us|them|companies|providers|firms|platforms|services|apps|operators)\s+to\s+(?:identify|hand over|decrypt|scan|monitor|store|retain|keep|give|provide|build|install)\b/, side: -1, weight: 1.5 },
  // "it would challenge the revised surveillance ordinance before the Federal Administrative Court".
  { re: /\b(?:would|will|to|plans? to|intends? to|vowed to|vows to)\s+challenge\s+(?:the|this|that|any|such|a)\s+(?:[\w-]+\s+){0,3}?(?:law|bill|act|ordinance|decree|regulation|rules?|order|notice|amendment|measure|provision|clause|requirement|mandate)\s+(?:in|before|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:courts?|tribunal)\b/, side: -1, weight: 2 },
  // "any law forcing firms to scan messages would be challenged in the courts".
  { re: /\b(?:would|will)\s+be\s+(?:challenged|contested|fought)\s+(?:in|before)\s+(?:the\s+)?courts?\b/, side: -1, weight: 2 },
  // A store of keys or data as a honeypot.
  { re: /\b(?:attractive|tempting|valuable|juicy|obvious|prime|irresistible|biggest|richest|bigger|larger|juicier|richer|easier) target\b|\bhoney ?pots?\b/, side: -1, weight: 1.5 },
  { re: /\bopen(?:s|ed|ing)? the door to (?:\w+ )?(?:fraud\w*|criminals|hackers|attackers|abuse|misuse|surveillance|thieves|scammers|spies)\b/, side: -1, weight: 2 },
  { re: /\b(?:found|exploited|used|abused|stolen|discovered) by (?:\w+ )?(?:criminals|hackers|attackers|thieves|fraudsters|scammers|hostile states|spies)\b/, side: -1, weight: 1.5 },
  // "building it for one court would mean building it for every court", "a capability you build
  // for one country", "only the good guys": an access mechanism cannot be kept to one user.
  { re: /\bfor (?:one|a single) (?:\w+ )?(?:court|country|government|agency|case|judge|state|police force|investigation)\b(?:\s+[\w']+){0,12}?\s+for (?:every|all|any|everyone|everybody|anyone)\b|\bno such thing as (?:[\w']+ ){1,6}?for (?:one|a single)\b|\b(?:only|just) (?:\w+ ){0,2}?(?:for )?(?:the )?good guys\b|\bgood guys only\b/, side: -1, weight: 2 },
  { re: /\b(?:a|any|the) (?:back ?door|door|key|way in|hole) for (?:the )?\w+ is (?:(?:still|just|also|simply|always) )?(?:a|an) (?:back ?door|door|key|way in|hole)\b/, side: -1, weight: 2 },
  { re: /\b(?:can|could|will|would) (?:also |then |just as easily |equally )?be (?:read|accessed|seen|opened|intercepted|unlocked|decrypted)(?: \w+){0,2}? by (?:anyone|anybody|everyone|others|strangers|hackers|criminals|thieves)\b/, side: -1, weight: 2 },
  { re: /\b(?:disproportionate|heavy-handed|draconian|overreach\w*|overbroad)\b/, side: -1, weight: 1.5, negatable: true },
  { re: /\b(?:dangerous|worrying|troubling|bad|terrible|chilling) precedent\b|\bprecedent (?:that|which) (?:\w+ )?(?:governments|regimes|states)\b/, side: -1, weight: 1.5 },
  { re: /\bdesign by vulnerability\b/, side: -1, weight: 2 },
  { re: /\b(?:can't|cannot|can not|couldn't|could not)\s+be trusted\b/, side: -1, weight: 2 },
  { re: /\btrusted by nobody\b/, side: -1, weight: 2 },
  { re: /\bno (?:such thing as a |way to (?:build|make) a )?(?:safe|secure|good)(?:-guys?)? (?:backdoor|back door)/, side: -1, weight: 2.5 },
  { re: new RegExp(String.raw`\bno such thing as (?:a |an )?(?:\w+ )?${BACKDOOR}`), side: -1, weight: 2.5 },
  { re: new RegExp(String.raw`\b(?:would|will|could|might|effectively) (?:\w+ )?(?:create|introduce|open|amount to|build in|build|install|mean|put) (?:a |an |new )?(?:${BACKDOOR}|vulnerabilit\w+|weakness\w*|security holes?|(?:mass )?surveillance (?:capabilit\w+|system|infrastructure|tools?|machine))`), side: -1, weight: 2 },
  // ("without handing anyone a skeleton key" is the reassurance of the other side.)
  { re: /\bwithout (?:also )?(?:giving|handing|opening|creating|making)(?: \w+){0,3}? (?:(?:to|for) (?:everyone|everybody|anyone|criminals|hackers|attackers|every attacker)|(?:everyone|everybody|criminals|hackers|attackers|every attacker))\b/, side: -1, weight: 2 },
  { re: new RegExp(String.raw`\b(?:a |the |any )?(?:${BACKDOOR}|keys?|doors?|way in) for (?:\w+ ){1,3}?is (?:also )?(?:a |an |the same )?(?:\w+ )?(?:${BACKDOOR}|keys?|doors?|way in)?\s*for (?:every|any|all|everyone|everybody|anyone|the bad guys|bad actors|criminals|hackers|attackers)`), side: -1, weight: 2.5 },
  // (Not a provider's "if the law says we must be able to read them, our product no longer exists".)
  { re: /(?<!\bif (?:the |a |this |that |any )?(?:law|bill|rule|order|government|state|court|regulator|they|it) (?:says|said|requires|required|demands|decides|insists|rules) (?:that )?)\b(?:police|investigators|law enforcement|authorities|agencies|detectives|we) (?:must|should|need to|needs to|have to|has to) be able to (?:read|access|see|intercept|get at|open|unlock)\b/, side: 1, weight: 2 },
  // "If the law says we must be able to read them, our product no longer exists": a provider
  // whose product is its encryption.
  { re: /\b(?:our|the|their|its)\s+(?:product|service|app|business|company)\s+(?:no longer exists|would no longer exist|will no longer exist|would cease to exist|ceases to exist|is finished|would be finished|is dead|would be dead)\b/, side: -1, weight: 2 },
  // "the only safe way to hold that is to not be able to look at it ourselves": a provider's design.
  { re: /\b(?:not|never)\s+(?:to\s+)?be\s+able\s+to\s+(?:read|look at|see|access|open|decrypt)\s+(?:it|them|their \w+|the \w+|anything)\s+ourselves\b/, side: -1, weight: 2.5 },
  // "Both change the encryption of every user, not only the suspect's": what any method costs all.
  { re: /\b(?:change|changes|alter|alters|break|breaks|weaken|weakens|affect|affects)\s+the\s+(?:encryption|security)\s+(?:of|for)\s+(?:every|all|each)\s+(?:user|users|customer|customers|person|one)\b/, side: -1, weight: 2 },
  { re: new RegExp(String.raw`\b(?:a|any) ${BACKDOOR} for (?:one|the good guys|anyone|police) is (?:a ${BACKDOOR} )?for (?:everyone|all|anyone|criminals|the bad guys)`), side: -1, weight: 2.5 },
  { re: /\bno way to do (?:this|that|it) (?:on|in|with) (?:an? )?(?:encrypted|end-to-end)/, side: -1, weight: 2 },
  { re: /\bwithout undermining\b/, side: -1, weight: 1.5 },
  // "a breach that would've been ten times worse without encryption": what encryption spares us.
  { re: /\b(?:worse|more dangerous|less safe|far riskier|riskier|exposed|defenceless|defenseless|naked|helpless)\s+without\s+(?:(?:strong|good|proper|real|end-to-end|its|their|the)\s+)?encrypt\w*/, side: -1, weight: 2 },
  { re: /\b(?:wrong hands|black hats?|bad actors|hostile (?:states?|governments?|actors)|foreign (?:adversaries|spies|intelligence))\b/, side: -1, weight: 1.5 },
  { re: /\b(?:hackers?|criminals|attackers|thieves|someone else|anyone|others|adversaries)(?:\s+[\w']+){0,3}\s+(?:will|would|could|can|may|might)\s+(?:\w+\s+)?(?:find|steal|exploit|abuse|get hold|get in|break in|use it|try to steal|try|open|walk through|use)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:oppressive|authoritarian|repressive|more oppressive) (?:regimes?|governments?|states?)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:mass|general|blanket|indiscriminate|bulk) (?:surveillance|scanning|monitoring|interception)\b/, side: -1, weight: 2 },
  { re: /\bgeneral and indiscriminate\b/, side: -1, weight: 2 },
  { re: /\bpresumption of innocence\b/, side: -1, weight: 1.5 },
  { re: /\b(?:fundamental|human|civil|constitutional) (?:rights?|liberties|questions)\b/, side: -1, weight: 1, negatable: true },
  { re: /\b(?:less|not) (?:secure|safe)\b/, side: -1, weight: 1.5 },
  { re: /\bmake (?:everyone|everybody|us all|people|users) less (?:safe|secure)\b/, side: -1, weight: 2 },
  { re: /(?<!\b(?:need|needs|want|wants|require|requires|give us|gives us|be) (?:a |the |any )?)\b(?:a |the |any )?(?:way in|key under the (?:door)?mat)\b/, side: -1, weight: 1 },
  { re: /\b(?:vulnerability|vulnerabilities|security holes?|weakness(?:es)?|systemic weakness)\b/, side: -1, weight: 1 },
  { re: /\b(?:false positives?|false reports?|false matches|innocent (?:users|people|photos?|images?))\b|\b(?:will|would|could) (?:also )?flag (?:thousands|millions|hundreds|countless|scores) of innocent\b/, side: -1, weight: 1 },
  { re: /\b(?:coercion|bolted on|just decoration|at the mercy of|slippery slope|chilling effect)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|break(?:s|ing)?|compromis(?:e|es|ed|ing)) (?:\w+ ){0,2}(?:security|encryption|privacy|trust|protection) (?:for|of) (?:everyone|everybody|all|every|millions|users|(?:\d[\d,.]*|hundreds of|tens of) (?:million|billion)s?)/, side: -1, weight: 2 },
  { re: /\b(?:too much power|quietly weaken|hidden access|damaged the reputation)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:could|can) never be (?:fully )?(?:contained|secured|kept safe)\b/, side: -1, weight: 1.5 },
  { re: /\bnot go far enough\b/, side: -1, weight: 0.5 },
  { re: /\b(?:can|could|would|will|may|might) be (?:abused|misused|exploited|hijacked|repurposed|turned against)\b/, side: -1, weight: 1.5 },
  { re: /\bturn(?:s|ed|ing)? (?:every|your|our|all|people's|users') (?:\w+ )?(?:phones?|devices?|computers?|laptops?) into\b/, side: -1, weight: 2 },
  // A result called a win for one side's ground.
  { re: /\b(?:win|victory|good day|great day|step forward|triumph) for (?:privacy|encryption|security|users|civil liberties|free speech|digital rights|human rights)\b/, side: -1, weight: 2 },
  { re: /\b(?:win|victory|good day|great day|step forward|triumph) for (?:child protection|children|child safety|victims|survivors|law enforcement|the police|police|justice|public safety)\b/, side: 1, weight: 2 },
  { re: /\b(?:dark|sad|black|terrible|bad) day for (?:privacy|freedom|democracy|security|the internet|users|free speech|civil liberties)\b/, side: -1, weight: 2 },
  { re: /\b(?:pointed at|used for|turned on|expanded to|repurposed for) (?:anything|everything|anyone)\b|\b(?:function|mission|scope) creep\b/, side: -1, weight: 1.5 },
  { re: /\bno government should (?:have|be able|hold)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:moved?|moving|relocat\w+|left|leave|leaving|quit\w*|pull\w* out)\b[^.]{0,60}?\bbecause of (?:the|this|that) (?:law|bill|act|rules?|regulation|notices?)\b/, side: -1, weight: 2 },
  { re: /\b(?:strongest|strong|robust|best|full) (?:possible )?(?:protection|security)\b/, side: -1, weight: 1, negatable: true },
  { re: /\b(?:has|have|had) no (?:way|means|ability) (?:to|of) (?:unlock\w*|decrypt\w*|access\w*|open\w*|read\w*)\b/, side: -1, weight: 1.5 },
  // Access side: investigators who lost sight of suspects, tips that dried up.
  { re: /\b(?:we|they|police|officers|detectives|investigators|agents|the unit|the team)\s+(?:\w+\s+)?(?:lost|lose|losing)\s+(?:the thread|track|sight|them|the trail|contact)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:tip-offs|tips|referrals|reports|leads|intelligence|warrants|intercepts)\s+(?:[\w']+\s+){0,4}?(?:fell off a cliff|dried up|fell|dropped|plummeted|collapsed|vanished|went dark|disappeared)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:can't|cannot|can not|couldn't|could not|unable to)\s+(?:get to|get into|get at|see into|look inside|reach)\s+(?:them|it|the|those|these|their)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:should|must|need to|needs to|ought to)\s+be able to\s+(?:see|get at|look at|find|detect|know)\b/, side: 1, weight: 1.2 },
  { re: /\b(?:visibility|a way|a route|routes?|a window|insight)\s+into\s+(?:\w+\s+){0,2}?(?:platforms?|encrypted|messages|chats|apps?|services?|conversations|communications)\b/, side: 1, weight: 1.5 },
  { re: /\bopen up to (?:investigators|police|the police|law enforcement|the authorities)\b|\bstand up for (?:victims|children|kids)\b[^.]{0,20}\bnot (?:for )?(?:apps|tech|platforms|big tech)\b/, side: 1, weight: 2 },
  { re: /\bblood on (?:their|its|your) hands\b|\b(?:great|good) news for (?:criminals|paedophiles|pedophiles|terrorists|abusers|predators)\b|\bgift to (?:criminals|paedophiles|pedophiles|terrorists|abusers|predators|gangs)\b/, side: 1, weight: 2 },
  { re: /\b(?:biggest|single biggest|greatest|main|major) (?:obstacle|barrier|challenge|problem|threat) (?:to|for) (?:\w+ ){0,2}?(?:investigat\w+|solving|detect\w+|police|policing|justice|law enforcement|child protection)\b/, side: 1, weight: 2 },
  { re: /\bunable to (?:protect|keep) (?:the )?(?:public|children|people|citizens|victims)\b|\bno excuse for not\b/, side: 1, weight: 1.5 },
  // Encryption side: lives and livelihoods that depend on it.
  { re: /\b(?:sources?|people|we|i|they|activists|dissidents|journalists|families)\s+(?:\w+\s+)?(?:stay|stays|staying|kept|keeps?)\s+alive\b|\b(?:i|we|they|she|he)\s+(?:wouldn't|would not)\s+be (?:here|alive)\b|\bwould (?:all )?be dead\b/, side: -1, weight: 2 },
  { re: /\b(?:deserve|deserves|entitled to)\s+(?:\w+\s+){0,2}?(?:conversations|messages|communications|privacy|a private)\b|\b(?:nobody|no one|no-one)\b[^.]{0,50}?\bshould be able to (?:read|see|access|open)\b/, side: -1, weight: 1.5 },
  { re: /\bno exceptions? for (?:anyone|anybody|any government|governments|police)\b|\bgift to (?:our )?(?:adversaries|enemies|hostile states|spies|hackers|attackers|foreign intelligence)\b/, side: -1, weight: 2 },
  { re: /\b(?:treat\w*|turn\w*)\s+(?:every|all|each)\s+(?:\w+\s+)?(?:into |as )(?:a )?(?:suspects?|wiretaps?|spy|spies|surveillance)\b|\b(?:repurposed|re-purposed|expanded|abused|misused)\s+(?:for|by)\s+(?:surveillance|governments?|regimes?|authoritarian|spying|censorship)\b/, side: -1, weight: 2 },
  { re: /\b(?:dragnet|snooper's charter|spy clause|spy bill|spying bill|surveillance bill|surveillance law)\b/, side: -1, weight: 1.5 },
  // Access side, outright.
  { re: /\b(?:fine|fines|fined|ban|block|blocked|sanction\w*|penali[sz]\w*|prosecute|shut down)\b[^.;]{0,80}?\b(?:if|unless)\b[^.;]{0,30}?\b(?:did not|does not|do not|don't|doesn't|didn't|fail\w* to|refus\w* to|would not|will not|won't)\s+(?:begin |start )?(?:scan\w*|decrypt\w*|comply|cooperat\w*|co-operat\w*|hand over|provide access|give access|break|detect\w*|trace\w*)/, side: 1, weight: 2 },
  { re: /\b(?:make|makes|force|forces|require|requires|get)\s+(?:these |the |those |tech |big tech |social media |messaging )?(?:companies|firms|platforms|apps|providers|giants)\s+(?:to\s+)?(?:open (?:up|the door|their)|unlock|hand over|give (?:us|police|investigators))\b/, side: 1, weight: 1.5 },
  { re: /\b(?:warrant|court order|order|intercept|tap)\b[^.]{0,40}?\b(?:gibberish|scrambled (?:text|data|characters)|unreadable|meaningless|a wall of noise)\b/, side: 1, weight: 2 },
  { re: /\b(?:will not|won't|would not|wouldn't|not|never|refus\w+ to)\s+(?:give up|surrender|drop|abandon|relinquish)\s+(?:the |its |their |our |this |that )?(?:[\w-]+ ){0,2}?(?:powers?|ability to (?:intercept|access|read|compel)|demand for access)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:cost|costs|costing|lose|loses|losing|lost|miss|missing|stalled|stall|stalls|blocked|hampered|hindered|thwarted|derailed)(?: \w+){0,2} (?:thousands|hundreds|millions|dozens) of (?:\w+ ){0,3}(?:referrals|leads|reports|cases|convictions|investigations)\b/, side: 1, weight: 2 },
  { re: /\b(?:could|can|would be able to|are able to|is able to) (?:meet|comply with|satisfy|fulfil|fulfill) (?:the |this |that |such an? )?(?:requirements?|law|order|obligations?|request)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:a judge|judges|a court|courts|the courts) (?:can|could|would|should|may) (?:\w+ )?(?:open|unlock|order|authori[sz]e|approve|sign off)\b/, side: 1, weight: 1.5 },
  { re: /\bnothing (?:more |else )?(?:we|police|investigators|officers|they) could do\b/, side: 1, weight: 1.5 },
  { re: /\b(?:hide|hiding|hides|shielded|shield\w*) from (?:a |the |any )?(?:\w+ ){0,2}(?:warrants?|law|justice|police|investigators|courts?|judges?)\b|\bbeyond the reach of (?:a |the |any )?(?:\w+ )?(?:warrants?|courts?|judges?|police|investigators|justice)\b/, side: 1, weight: 2 },
  { re: /\b(?:lose|loses|losing|lost) (?:access|evidence|the ability)\b(?! to (?:their|your|his|her|its) )/, side: 1, weight: 1.5 },
  { re: /\b(?:could|can|cannot|can't|could not|couldn't)(?: not| never)? be (?:recovered|retrieved|accessed|decrypted|unlocked)\b/, side: 1, weight: 1 },
  // "tie our hands", "would tie the FBI's hands": one word of whose hands.
  { re: /\bti(?:e|es|ed|ing) (?:the |our |their )?(?:[\w']+ )?hands\b/, side: 1, weight: 1.5 },
  { re: /\bimpose obligations\b/, side: 1, weight: 2 },
  // "the right to privacy is not absolute": a right weighed against investigations.
  { re: /\b(?:privacy|encryption|right|rights|it)\s+(?:[\w']+\s+){0,3}?(?:(?:is|are|was|were) not|(?:has|have) never been|was never|(?:cannot|can't|should not|shouldn't) be) (?:an )?absolute\b/, side: 1, weight: 2 },
  { re: /\b(?:shield|cover|refuge|sanctuary|hiding place) for (?:\w+ )?(?:criminals?|criminal (?:organi[sz]ations|networks|gangs)|terrorists?|paedophiles|pedophiles|abusers|offenders|predators|gangs)\b/, side: 1, weight: 2 },
  { re: /\b(?:must|should|have to|has to|had to|need to|needs to|be able to)\s+(?:\w+\s+){0,2}?(?:comply with|cooperate with|co-operate with|respect|obey|follow|abide by|respond to|act on|answer) (?:[\w']+ ){0,3}?(?:decisions?|orders?|warrants?|requests?|courts?|judges?|the law|laws)\b/, side: 1, weight: 1.5 },
  // Rejecting the critics' claim about a measure is defending it.
  { re: /\b(?:dismiss\w*|reject\w*|den(?:y|ies|ied|ying)|brush\w* aside|wav\w* away|rebut\w*) (?:the |such )?(?:claims?|concerns?|fears?|criticisms?|suggestions?|warnings?|arguments?)\s+that\s+(?:[\w']+\s+){0,8}?(?:harm|weaken|undermine|break|threaten|endanger|violate|damage|hurt)\w*/, side: 1, weight: 2 },
  { re: /\b(?:harder|more difficult|impossible|difficult) to (?:detect|catch|find|investigate|stop|identify|prosecute|track)\b/, side: 1, weight: 1.5 },
  { re: /\bnon-cooperative (?:operators|providers|companies)\b/, side: 1, weight: 1.5 },
  // "supported encryption, provided that judicial authorities can access data when necessary": the
  // condition is the position. "Accused ministers of caving to Silicon Valley": the access side's
  // charge (caving to the police or spy agencies is the other side's).
  { re: /\b(?:provided|providing|as long as|so long as|on condition) (?:that )?(?:the )?(?:judicial authorities|judges|courts|police|law enforcement|authorities|investigators|prosecutors|security services) (?:can|could|may|are able to|have|keep) (?:still )?(?:access|read|obtain|see|lawful access|a way)\b|\bcav(?:e|ed|es|ing) (?:in )?to (?:silicon valley|big tech|the tech (?:giants|companies|industry|lobby)|tech (?:giants|companies|firms)|the (?:privacy|tech) lobby)\b/, side: 1, weight: 2 },
  { re: /\bcav(?:e|ed|es|ing) (?:in )?to (?:the )?(?:police|security services|spy agencies|intelligence agencies|the home office|law enforcement|the government's demands|government pressure)\b/, side: -1, weight: 2 },
  // "encrypted phones had helped traffickers evade capture": what encryption does for criminals, as its critics put it.
  { re: /\b(?:help\w*|allow\w*|let|lets|letting|enabl\w*)\s+(?:\w+\s+){0,2}?(?:criminals|traffickers|terrorists|paedophiles|pedophiles|predators|abusers|offenders|gangs|cartels|fraudsters|scammers|extremists|suspects|dealers)\s+(?:to\s+)?(?:evade|escape|hide|avoid|elude|dodge|slip)\b/, side: 1, weight: 1.5, negatable: true },
  { re: /\b(?:going dark|warrant-proof)\W+(?:[\w']+\W+){0,6}?(?:myth|fiction|fairy tale|fairytale|exaggerat\w+|overblown|overstated|hype|scare stor\w+)\b|\b(?:myth|fiction|fairy tale) of (?:\w+ )?(?:going dark|warrant-proof)\b/, side: -1, weight: 2.5 },
  { re: /\b(?:warrant-proof|going dark|go dark|gone dark|goes dark)\b/, side: 1, weight: 2 },
  { re: /\b(?:safe havens?|place to hide|places to hide|hide behind|hiding behind|no-go zones?(?! for (?:secure|encrypted|privacy|tech|investment|business))|evidence-free zones?|lawless spaces?|(?:gift-wrapped|safe|perfect|biggest|largest|ideal|best) hiding places?|(?:very |same )?places? where (?:the worst |most |child |children's )?(?:abuse|crime|grooming|exploitation) (?:takes place|take place|happens|happen|occurs|is shared|thrives)|beyond the reach of (?:the )?law|law cannot go|locked box)\b/, side: 1, weight: 2 },
  // The provider unable to read its users' messages: the design, and the provider's stance.
  { re: /\b(?:backups?|messages|data|keys|content|chats|files|conversations) (?:that|which) (?:[\w-]+ ){1,2}?(?:itself )?(?:cannot|can't|could not|couldn't|is unable to|are unable to) (?:read|see|access|decrypt)\b/, side: -1, weight: 1.5 },
  // "designed so that his engineers could not read any messages", "a list the user cannot see":
  // the provider's staff or its users kept from the content, not investigators.
  { re: /\b(?:engineers|staff|employees|developers|administrators|admins|users?|customers)\s+(?:cannot|can't|could not|couldn't|can not|are unable to|were unable to|will not be able to|would not be able to)\s+(?:read|see|access|decrypt)\b/, side: -1, weight: 2 },
  // "encryption is the only protection they have against criminal groups".
  { re: /\b(?:encryption|end-to-end encryption|encrypted (?:apps?|messaging|messengers?|chats?))\s+(?:is|was|remains|are|has become)\s+(?:the\s+|their\s+|our\s+|a\s+)?(?:only|best|last|main|first|vital|essential|crucial|strongest|most important)\s+(?:[\w-]+\s+)?(?:protection|defen[cs]e|shield|safeguard|lifeline|line of defen[cs]e)\b/, side: -1, weight: 2.5 },
  // "We built Chveni so that we cannot read our users' messages": a design, not a complaint.
  { re: /\b(?:built|designed|made|engineered|architected)\s+(?:[\w'’-]+\s+){0,3}?so\s+(?:that\s+)?(?:we|it|the company|nobody|no one|no-one|even we)\s+(?:cannot|can't|can not|could not|couldn't|are unable to|is unable to|have no way to|has no way to)\s+(?:read|see|access|decrypt|open)\b/, side: -1, weight: 2.5 },
  // "The safest message is one that we cannot read ourselves": a provider's design, not a complaint.
  { re: /\bwe\s+(?:cannot|can't|could not|couldn't|can not)\s+(?:read|see|access|decrypt)(?:\s+\w+)?\s+ourselves\b|\b(?:safest|most secure|best)\s+(?:message|data|chat|backup|file)s?\s+(?:is|are)\s+(?:one|ones|those|the ones?)\s+(?:that|which)\s+(?:we|nobody|no one|no-one)\s+(?:\w+\s+)?(?:can|could)/, side: -1, weight: 2.5 },
  { re: /\b(?:(?:the )?(?:company|firm|app|service|provider|platform|messenger)(?: itself)?|itself|we ourselves|even we)\s+(?:cannot|can't|could not|couldn't|can not|is unable to|are unable to|has no way to|have no way to)\s+(?:read|see|access|decrypt)\b/, side: -1, weight: 1.5 },
  // A provider's promise: "users chose us because we cannot read their chats", "we told them we
  // cannot read …", and a company's own "it cannot access …" ("trials collapse because we could not
  // read the messages" is the other side's complaint).
  { re: /\b(?:chose|choose|chooses|trust|trusts|trusted|pay|pays|paid|pick|picks|picked|use|uses|used)\s+us\s+(?:\w+\s+){0,2}?because\s+(?:\w+\s+){0,3}?(?:we|it)\s+(?:cannot|can't|could not|couldn't|can not)\s+(?:read|see|access|decrypt)\b|\btold\s+(?:them|users|customers|people|everyone)\s+(?:that\s+)?we\s+(?:cannot|can't|could not|couldn't|can not)\s+(?:read|see|access)\b|^\s*(?:that\s+)?it\s+["“']?(?:cannot|can't|could not|couldn't|can not|is unable to)\s+(?:read|see|access|decrypt)\b/, side: -1, weight: 2.5 },
  // A design that keeps the provider out: "we encrypt so we can't read our users", "built so that
  // nobody at the company can read it", "'we can't read it either'" (before the complaint below).
  { re: /\b(?:encrypt\w*|built|builds|build|designed|designs|design|made|engineered|works?)\s+(?:[\w'-]+\s+){0,4}?(?:so|so that|such that)\s+(?:(?!and\b|but\b)\w+\s+){0,3}?(?:we|it|nobody|no one|even we|not even we|the company|the provider)\s+(?:\w+\s+)?(?:cannot|can't|could not|couldn't|can not|is unable to|are unable to)\s+(?:read|see|access|open|decrypt)\b|\b(?:we|it)\s+(?:cannot|can't|can not)\s+(?:read|see|access|open|decrypt)\s+(?:it|them)\s+either\b/, side: -1, weight: 2 },
  // A provider's own account: "could not access any user's messages 'by design'", "it technically
  // cannot access messages"; and its cooperation offered instead: "we cooperate with lawful requests
  // every single day", "answered thousands of lawful requests every year with the metadata it holds"
  // (before the complaint below; "must comply with lawful requests" stays the access side's).
  { re: /\b(?:cannot|can't|could not|couldn't|can not|unable to)\s+(?:read|see|access|decrypt)\s+(?:any\s+|the\s+)?(?:[\w']+\s+){0,2}?(?:messages|data|chats|content|conversations)\s+by design\b|\btechnically\s+(?:cannot|can't|could not|couldn't|can not|unable to)\s+(?:read|see|access|decrypt)\b|\blawful requests\s+(?:[\w-]+\s+){0,2}?(?:every (?:single )?(?:day|week|month|year)|with the (?:metadata|data|information) (?:we|it|they) (?:hold|holds|has|have))\b|\b(?:already|routinely)\s+(?:answer\w*|respond\w*|cooperat\w*|co-operat\w*|compl\w+|handl\w+|process\w*)\s+(?:with\s+|to\s+)?(?:[\w-]+\s+){0,2}?lawful requests\b/, side: -1, weight: 1.5 },
  // "would go ahead with the rollout" of encryption: a provider's answer to the pressure.
  { re: /\b(?:go|goes|going|went) ahead with (?:the |its |their |our )?(?:roll-?out|launch|encryption|end-to-end)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:unable|cannot|can't|could not|couldn't|can not) (?:to )?(?:read|access|see|open|get at|get into|investigate|unlock|decrypt|crack|break into)\b/, side: 1, weight: 1 },
  { re: /\b(?:catch|catching|investigat\w+|track\w*|stop\w*|tackl\w+|fight\w*|prevent\w*|pursu\w+|identify\w*|protect\w*|safeguard\w*|rescue\w*|detect\w*|solv\w+|prosecut\w+)(?:\s+[\w'-]+){0,3}\s+(?:terror\w*|criminals?|paedophiles?|pedophiles?|abusers?|offenders?|predators?|child (?:sexual )?(?:abuse|exploitation)|abuse material|children|serious crime|organised crime|organized crime|kidnapp\w*|traffick\w*|murders?|gangs?|cartels?|grooming)\b/, side: 1, weight: 1.5, negatable: true },
  { re: /\b(?:keep\w*|make\w*) (?:the )?(?:public|people|children|citizens|our citizens|communities|everyone|(?:their |its )?users) safe\b|\bblind(?:s|ed|ing)? (?:themselves|itself|yourselves|ourselves) to (?:abuse|crime|exploitation|harm)/, side: 1, weight: 1.5 },
  // "those apps have decided that they will not help us", "the companies choose not to help
  // police": the access side's complaint about providers (before "help the police" turns over
  // under its negator, as a provider's refusal would).
  { re: /\b(?:they|companies|apps|platforms|firms|providers|these companies|those companies|the companies|tech companies|the apps)\s+(?:[\w']+\s+){0,3}?(?:will not|won't|would not|wouldn't|cannot|can't|refuse to|refused to|choose not to|chose not to|decided not to|do not|don't)\s+(?:\w+\s+)?help (?:us|the police|police|investigators|law enforcement|detectives)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?) (?:the )?(?:police|investigators|law enforcement|detectives|us)\b/, side: 1, weight: 1, negatable: true },
  { re: /\b(?:offenders|criminals|abusers|predators|terrorists)(?:\s+[\w']+){0,2}\s+(?:exploit|exploiting|use|using|know|hide|hiding|rely|move|moved|migrat\w+)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:nobody|no one|no-one|no company|no firm|no app|no platform|no provider|no service|no messenger|no tech company)(?: \w+)? (?:is|should be|can be) above (?:the (?:\w+ )?law|\w+ law|a (?:lawful |legal )?(?:court order|warrant)|the courts?)\b|\b(?:companies|firms|platforms|apps|providers|they|tech giants|big tech) (?:are|is) not above the (?:\w+ )?law\b/, side: 1, weight: 2 },
  { re: /\bhiding in plain sight\b/, side: 1, weight: 1.5 },
  // "encrypted apps had allowed paedophiles to operate with impunity".
  { re: /\b(?:allow\w*|let|lets|letting|enabl\w+|help\w*|shelter\w*|protect\w*)\s+(?:\w+\s+)?(?:paedophiles|pedophiles|criminals|terrorists|abusers|offenders|predators|gangs|traffickers|extremists)\s+to\b|\bwith (?:total |complete )?impunity\b/, side: 1, weight: 2 },
  // "privacy and child safety can coexist": the measure's side saying nobody has to choose.
  { re: /\b(?:privacy|encryption) and (?:child |children's |public )?safety (?:can|could|do|will) (?:co-?exist|go together|be reconciled|live together)\b/, side: 1, weight: 1 },
  { re: /\b(?:advantage to (?:the )?(?:most )?(?:dangerous )?(?:offenders|criminals)|dangerous offenders)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:children (?:are|were|being) (?:abused|exploited)|children are the ones|real children|pay for it|every delay)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:evidence of a crime|no substitute for|design requirement|long overdue|press ahead|go ahead|blackmailed)\b/, side: 1, weight: 1.5 },
  // "investigators need …", "the police must be able to do their job", "wants police to be able to …": what the access side says it lacks.
  { re: /\b(?:investigators|police|law enforcement|officers|detectives) (?:need|needs|must have|should have|require)\b|\b(?:police|investigators|law enforcement|officers|detectives)\s+(?:must|should|need to|needs to|have to|has to)\s+be\s+able\s+to\b|(?:\b(?:wants?|wanted|wanting)\s+|^\s*)(?:the\s+)?(?:police|investigators|law enforcement|officers|detectives)\s+to\s+be\s+able\s+to\b|\bwe (?:need|must have|should have|require) (?:a way|access|the ability|to be able|lawful|the tools|the powers|the means|help|a warrant)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:with|under) a warrant\b|\bwarrant signed by a judge\b|\bwhen a judge has signed\b/, side: 1, weight: 0.75 },
  { re: /\b(?:run|ran) out of options\b|\bexhausted (?:all |every )?(?:other )?(?:options?|avenues?|routes?|leads?)\b|\bno other way (?:to|of)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:far|much|significantly|considerably) harder in practice\b|\blaboratory attacks?\b|\b(?:purely|only|largely) theoretical\b/, side: 1, weight: 1.5 },
  { re: /\b(?:detection|scanning|tools?) that (?:actually )?works?\b/, side: 1, weight: 1.5 },
  { re: /\b(?:targeted(?=,| and | (?:access|requests?|measures?|orders?|interception|powers?|approach|warrants?|cases?|tool)\b)|proportionate|reasonable compromise|robust,? independent oversight|(?:strong|robust|proper|strict|independent) (?:protections|safeguards|oversight))\b/, side: 1, weight: 1, negatable: true },
  { re: /\b(?:groom\w*|exploit\w*|abus\w+|prey\w* on) (?:\w+ )?(?:children|kids|minors|young people|victims|daughters?|sons?|girls?|boys?|teenagers?)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:one hand tied behind|hands? (?:are|were) tied|fighting blind|blindfolded|chasing (?:shadows|ghosts))\b|\b(?:take|takes|taking|took|lift|lifts|lifting|remove|removes|removing) (?:the |their |our )?blindfolds? off\b|\b(?:investigat\w+|work\w*|fight\w*|operat\w+) with one eye (?:closed|shut)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:overblown|misrepresented|answering a question nobody asked)\b/, side: 1, weight: 1 },
  { re: /\bhelped (?:in )?(?:investigations|identify|catch|convict)\b/, side: 1, weight: 1.5 },
  // "sell it with a key for the judiciary"; phones that are "the tool of choice for organised crime", "designed to prevent access by law enforcement".
  { re: /\bkeys? for (?:the )?(?:judiciary|judges|courts?|investigators|law enforcement)\b|\btools? of choice for (?:organi[sz]ed crime|criminals|gangs|terrorists|abusers|predators|traffickers|drug)\b|\bdesigned to (?:prevent|block|defeat|frustrate|evade|thwart) (?:access by |access for )?(?:law enforcement|police|investigators)\b/, side: 1, weight: 2 },
  // Everyday ways each side is argued in the English-language press, which sentences written to
  // look for gaps outside the labelled articles showed missing (tests/unit/analysis/press-idioms.test.ts).
  // "encryption is a fundamental building block of the internet".
  { re: /\b(?:encryption|cryptography)\s+(?:is|was|remains|are|has become)\s+(?:[\w-]+\s+){0,3}?building blocks?\b/, side: -1, weight: 1.5 },
  // "struck the right balance" (a measure defended), unless it failed to.
  { re: /(?<!\bfail(?:s|ed|ing)? to )\b(?:strikes?|struck|striking|gets?|got|finds?|found)\s+(?:the|a|an)\s+(?:right|proper|fair|sensible|careful|good|reasonable|appropriate)\s+balance\b/, side: 1, weight: 1.2, negatable: true },
  { re: /\bfail(?:s|ed|ing)? to (?:strike|find|get) (?:the|a|an) (?:right|proper|fair|sensible|careful|good|reasonable|appropriate) balance\b/, side: -1, weight: 1.2 },
  // "cannot come at the expense of children's safety" (a concession to encryption that takes it back) and the other way round.
  { re: /\b(?:cannot|can't|must not|mustn't|should not|shouldn't|can never|will not|won't)\s+come at the (?:expense|cost|price) of\s+(?:[\w']+\s+){0,2}?(?:safety|children|child|victims|national security|public security|investigations?)\b/, side: 1, weight: 2 },
  { re: /\b(?:cannot|can't|must not|mustn't|should not|shouldn't|can never|will not|won't)\s+come at the (?:expense|cost|price) of\s+(?:[\w']+\s+){0,2}?(?:privacy|encryption|everyone's security|users' security|security for everyone|civil liberties)\b/, side: -1, weight: 2 },
  // "the most surveilled democracy in the world"; "a golden age of surveillance", "metadata already gives investigators plenty".
  { re: /\bmost surveill?ed\b|\bgolden age (?:of|for) surveillance\b|\b(?:metadata|meta-data)\s+(?:alone\s+|already\s+|still\s+)*(?:gives?|provides?|offers?|tells?|reveals?|yields?)\b/, side: -1, weight: 1.5 },
  // A provider's refusal dismissed as "a marketing strategy" or "a negotiating tactic".
  { re: /\b(?:marketing|publicity|pr)\s+(?:strategy|ploy|stunt|gimmick|exercise)\b|\b(?:negotiating|bargaining) (?:tactics?|ploys?|chips?|positions?)\b/, side: 1, weight: 1.2 },
  // "asking the company to hack our own users"; "a war on maths".
  { re: /\bhack (?:our|its|their|your) own (?:users|customers|devices|products|phones|clients)\b|\bwar on (?:maths|math|mathematics|encryption|privacy|cryptography)\b/, side: -1, weight: 2 },
  // "lawful access is neither a backdoor nor a threat to privacy": the access side's denial in another shape.
  { re: new RegExp(String.raw`\b(?:is|was|are|were|would be|will be)\s+neither\s+(?:a\s+|an\s+)?${BACKDOOR}\s+nor\b`), side: 1, weight: 2.5, disclaimer: true },
  // "tech firms cannot be above the law", "no company is above the law".
  { re: /\b(?:cannot|can't|must not|mustn't|should not|shouldn't|is not|isn't|are not|aren't|not)\s+(?:be\s+)?(?:above|outside) the law\b|\b(?:nobody|no (?:one|company|firm|platform|business|app|provider|tech \w+))\s+(?:\w+\s+){0,3}?(?:is|are|can be|should be)\s+above the law\b/, side: 1, weight: 2 },
  // "child safety has to come first", "put children first".
  { re: /\b(?:child(?:ren's)? (?:safety|protection)|children|the safety of children|public safety|victims)\s+(?:has|have|had|must|should|needs? to|need to)\s+(?:to\s+)?(?:come|be put|go)\s+first\b|\bput(?:s|ting)? (?:children|child safety|victims|public safety) first\b/, side: 1, weight: 1.5 },
  // The access side: companies that "failed to step up", the "same access we have always had" to
  // letters and calls, the law "brought into line with the offline world", a system that "has
  // worked for decades", a firm that "could find a way if it wanted to", safeguards "among the
  // strongest", "responsible encryption", "Silicon Valley cannot be allowed to set the rules".
  { re: /\bfail(?:ed|s|ing)? to (?:step up|do enough|take responsibility|protect children|co-?operate)\b/, side: 1, weight: 1.2, negatable: true },
  { re: /\b(?:into line with|same as|just as) (?:in )?(?:the )?(?:offline|physical|real) world\b|\bsame (?:access|powers?|ability|rules) (?:[\w']+ ){0,5}?(?:always had|have always had|had for decades|offline|phone calls|letters|physical world)\b/, side: 1, weight: 1.5 },
  { re: /\b(?:has|have|had) worked (?:well )?for (?:decades|years|generations)\b/, side: 1, weight: 1.2 },
  { re: /\b(?:could|can|would) (?:find|figure out|work out) a way if (?:it|they|the company|the industry|companies|the firms?) (?:really )?wanted to\b|\bthey (?:just|simply) (?:don't|do not) want to\b/, side: 1, weight: 1.5 },
  { re: /\bsafeguards?\b[^.;]{0,40}?\b(?:strongest|world-leading|most robust|most rigorous|most stringent)\b/, side: 1, weight: 1.5 },
  { re: /\bresponsible encryption\b/, side: 1, weight: 2 },
  { re: /\b(?:silicon valley|tech (?:companies|firms|giants|bosses|industry)|big tech|the (?:tech )?industry|platforms)\s+(?:cannot|can't|should not|shouldn't|must not|will not|won't)\s+(?:be (?:allowed|permitted) to )?(?:set|make|write|decide|dictate) (?:the )?(?:rules|law|laws|terms)\b/, side: 1, weight: 2 },
  // "Nothing in this clause requires a company to weaken anything": the measure's backers denying the charge.
  { re: /\bnothing in (?:this|the|our|my) (?:[\w-]+ )?(?:clause|bill|law|act|amendment|proposal|regulation|legislation|text|provision|draft|order|notice)s? (?:would |will |does |could |can )?(?:requires?|forces?|compels?|obliges?|asks?|mandates?|breaks?|weakens?|bans?|undermines?)\b/, side: 1, weight: 2.5, disclaimer: true },
  // "give officers the tools they need", "keep pace with organised crime".
  { re: /\b(?:give|gives|giving|gave|provide|provides|providing|provided) (?:[\w-]+ ){0,2}?(?:officers|police|investigators|law enforcement|detectives|agencies|prosecutors|forces) (?:the|with the) (?:tools|powers|means|capabilities|ability|access) (?:they|it) (?:need|needs|require|requires)\b|\bkeep pace with (?:organi[sz]ed |serious )?(?:crime|criminals|offenders)\b/, side: 1, weight: 1.5 },
  // Encryption "used as a shield by abusers"; the law "must apply online as it does offline"; powers
  // that "have not kept pace with technology"; investigations "hitting a wall".
  { re: /\b(?:used|serves?|serving|acts?|acting)\s+as\s+(?:a\s+)?(?:shield|cover|cloak|hiding place)\s+(?:for|by)\s+(?:abusers|criminals|predators|paedophiles|pedophiles|terrorists|traffickers|gangs|offenders)\b|\b(?:law|laws|rules)\s+(?:must|should|has to|have to|needs? to)\s+apply\s+online\b|\b(?:tools|powers|laws?|legislation|law enforcement|police)\s+(?:have|has|had)\s+(?:not|failed to)\s+(?:kept|keep)\s+pace\b|\b(?:investigations?|cases|inquiries|enquiries|detectives|investigators|police)\s+(?:are\s+|is\s+|were\s+|was\s+|have\s+|has\s+|had\s+)?(?:hitting|hit|hits)\s+a\s+(?:brick\s+)?wall\b/, side: 1, weight: 2 },
  // Access side: "putting profits before children", police "investigating with their eyes closed", scanning
  // "no more intrusive than a spam filter", "siding with Silicon Valley over abused children",
  // locked phones "sitting in evidence rooms".
  { re: /\b(?:profits?|money|revenue|market share|growth|business models?|brands?|image|reputation|bottom lines?|shareholders)\s+(?:before|over|ahead of)\s+(?:the )?(?:safety of )?(?:children|child safety|kids|victims|public safety|(?:their )?users' safety)\b/, side: 1, weight: 2 },
  { re: /\bwith (?:their|our|its) eyes (?:closed|shut)\b/, side: 1, weight: 1.5 },
  { re: /\bno more (?:intrusive|invasive|dangerous|harmful|sinister) than\b|\b(?:like|just like|the same as|no different from) (?:a |an )?(?:spam|virus|malware) (?:filters?|scanners?|checks?)\b/, side: 1, weight: 1.5 },
  { re: /\bsid(?:e|es|ed|ing) with (?:silicon valley|big tech|tech (?:companies|firms|giants)|the tech industry|the platforms|the companies) (?:over|against|instead of)\b/, side: 1, weight: 2 },
  { re: /\b(?:locked|encrypted) (?:devices|phones|handsets|iphones|smartphones) (?:[\w-]+ ){0,3}?(?:in|sitting in) (?:evidence|labs?|storage|lockers?)\b/, side: 1, weight: 1.5 },
  // Rebuttals of the other side: the industry's objections "overstated", its threat to leave "a
  // bluff", "lobbying dressed up as principle", access it could build "if they wanted to".
  { re: /\b(?:technical|privacy|security|industry|tech|companies'|industry's|critics'|cryptographers'|engineers') (?:objections|warnings|concerns|fears|claims|arguments)\s+(?:[\w-]+\s+){0,3}?(?:were|are|was|is|have been|had been)\s+(?:greatly |vastly |wildly |hugely |much |grossly |largely )?(?:overstated|exaggerated|overblown|overdone|inflated)\b/, side: 1, weight: 2 },
  { re: /\b(?:threats?|vows?|warnings?|promises?)\b[^.;]{0,40}?\bto (?:leave|pull out|withdraw|exit|quit|walk away)\b[^.;]{0,60}?\bbluff\b|\bcall(?:ed|ing)? (?:their|its|the (?:companies'|industry's|firms'|platforms')) bluff\b/, side: 1, weight: 2 },
  { re: /\b(?:lobbying|marketing|self-interest|commercial interests?|profit|profiteering)\s+(?:[\w-]+\s+)?(?:dressed up|disguised|masquerading)\s+as\b/, side: 1, weight: 2 },
  { re: /\b(?:build|engineer|design|create|offer|provide|deliver|find|solve)\w* (?:[\w-]+ ){0,4}?(?:if|when) (?:they|it|the (?:companies|firms|industry|platforms)) (?:really |truly |only )?wanted to\b/, side: 1, weight: 1.5 },
  // Courts, regulators and ministries: a design choice that "cannot be allowed to defeat a court order", access that "can be built securely" (or cannot, said by the other side).
  { re: /\b(?:cannot|can't|must not|should not|shouldn't) be allowed to (?:defeat|override|trump|block|frustrate|thwart|stand in the way of) (?:a |the )?(?:court orders?|warrants?|justice|investigations?|the law)\b|\b(?:design (?:choices?|decisions?)|terms of service)\b[^.;]{0,20}?\b(?:cannot|can't|should not|must not) (?:override|outrank|trump|defeat)\b/, side: 1, weight: 2 },
  { re: /\b(?:exceptional|lawful|secure|government|targeted) access (?:can|could) (?:be )?(?:built|designed|done|engineered|implemented|provided|delivered) (?:securely|safely|responsibly|without)\b/, side: 1, weight: 2, negatable: true },
  // … and the rights they invoke: reporting "chilled" and sources "exposed", "the right to
  // confidential communication", people "not suspected of anything", a duty that "lacks safeguards".
  { re: /\bchill\w* (?:investigative |free )?(?:reporting|journalism|speech|expression|dissent)\b|\bchilling effect\b|\bexpose (?:[\w-]+ )?(?:confidential |journalistic )?sources\b/, side: -1, weight: 1.5 },
  { re: /\bright to (?:confidential|private|secret|secure) (?:communications?|correspondence)\b|\bno business (?:reading|looking at|scanning|snooping on|monitoring|intercepting)\b|\b(?:not|never) suspected of (?:anything|any crime|any offence|wrongdoing)\b/, side: -1, weight: 2 },
  { re: /\black\w* (?:adequate |sufficient |proper |any |basic |meaningful )?safeguards\b|\bwithout (?:adequate |sufficient |proper |any |meaningful )safeguards\b/, side: -1, weight: 1.5 },
  // A way in made "easier to steal", "any gap
  // engineered for investigators will be found and used", a platform that "chose not to see".
  { re: /\beasier (?:to|for (?:[\w-]+ ){1,2}to) (?:steal|hack|break into|intercept|exploit|spy on|forge)\b|\b(?:gaps?|holes?|openings?|weakness(?:es)?|doors?|ways? in|vulnerabilit(?:y|ies))\b (?:[\w-]+ ){0,4}?(?:for|into)\b[^.;]{0,40}?\b(?:will|would|could|can|is going to) (?:\w+ )?be (?:found|used|exploited|abused|discovered|stolen)\b/, side: -1, weight: 2 },
  { re: /\bchose not to (?:see|look|know)\b|\bturn(?:ed|s|ing)? a blind eye\b/, side: 1, weight: 1.5 },
  // Police on what sealed apps cost them: a change that "would make it almost impossible to trace"
  // gangs; makers required to "keep a way of opening phones".
  { re: /\bmake (?:it |them )?(?:almost |nearly |virtually |all but |practically |effectively )?impossible (?:for (?:police|officers|investigators|detectives|us|law enforcement|the force) )?to (?:trace|identify|catch|investigate|find|track|prosecute|stop|detect|locate|rescue|arrest|charge)\b/, side: 1, weight: 2 },
  { re: /\b(?:keep|keeps|kept|keeping|maintain\w*|retain\w*) (?:a |an |some )?(?:way|means|ability|capability|mechanism) (?:of|to|for) (?:opening|unlocking|reading|accessing|decrypting|open|unlock|read|access|decrypt)\b/, side: 1, weight: 1.5, negatable: true },
  // A court fight over unlocking a phone: software "too dangerous to create", an order that would
  // "set a precedent", "no limit to what it can demand next"; and the other side's "privacy
  // matters, but not more than answers for our families".
  { re: /\btoo dangerous to (?:create|build|make|write|exist|deploy)\b|\bset(?:s|ting)? a (?:\w+ )?precedent\b|\bno limit to what (?:it|they|the government|the state|the authorities|governments|police) (?:can|could|will|would|might) (?:demand|ask|require|order|force)\b/, side: -1, weight: 2 },
  { re: /\b(?:privacy|encryption|security) (?:matters|is important|counts)\b[^.;]{0,30}?\bbut not (?:more than|at the (?:cost|expense|price) of|over)\b/, side: 1, weight: 2 },
  // Encryption side: weakening "every" lock "just to get into one", "legislate away the laws of
  // mathematics", weakening that would "hurt … far more than it would help", surveillance "through
  // the back door" or "dressed up as" child safety, "the right to silence".
  { re: /\bevery (?:[\w'-]+ ){1,6}?(?:just |only |simply )?to (?:get into|catch|reach|read|open|unlock|stop|search) (?:one|a few|a handful)\b/, side: -1, weight: 2 },
  { re: /\blegislat\w* (?:away |against |around )?(?:the )?laws? of (?:mathematics|maths|math|physics)\b|\btwo plus two (?:equal|equals|make|makes|is) five\b/, side: -1, weight: 2 },
  { re: /\b(?:hurt|harm|damage|cost|weaken)\w* (?:[\w-]+ ){0,4}?(?:far |much |a lot |a great deal )?more (?:[\w-]+ ){0,2}?than (?:it |they |this )?(?:would |could |will |might )?(?:help|gain|benefit|protect)\w*\b/, side: -1, weight: 2 },
  { re: /\bsurveillance (?:through|by|via) the back ?door\b|\b(?:dress|dresses|dressing|dressed) (?:it|this|that|them|surveillance|the \w+) up as\b/, side: -1, weight: 2 },
  { re: /\bright to (?:silence|remain silent)\b|\bself-incrimination\b/, side: -1, weight: 1.5 },
  // The encryption side: "security theatre", a law that would "drive criminals" elsewhere, "put the
  // genie back in the bottle", "fight this in court", a ministry that "does not understand the
  // technology" (said of those in power: "my members don't understand the technology" admits it),
  // money for policing "instead".
  { re: /\bsecurity theat(?:re|er)\b|\bgenie back in(?:to)? (?:the|its) bottle\b|\bdrive (?:criminals|terrorists|offenders|bad actors|abusers|paedophiles|pedophiles) (?:to|towards|underground|elsewhere|onto|into)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:fight|challenge|contest) (?:this|it|that|them|the (?:order|law|bill|notice|demand|request|measure|requirement|warrant)) in (?:the )?courts?\b/, side: -1, weight: 1.5 },
  { re: /\b(?:governments?|ministers?|ministry|politicians|lawmakers|legislators|mps|officials|regulators?|home office|the (?:\w+ )?(?:secretary|minister|government|department))\s+(?:clearly |simply |just |still |plainly )?(?:does not|doesn't|do not|don't|did not|didn't|fail(?:s|ed)? to) (?:really |fully |even )?understand (?:the |how )?(?:technology|encryption|maths|math|mathematics|the internet|cryptography|(?:the )?(?:technology|internet|encryption) works)\b/, side: -1, weight: 1.5 },
  { re: /\b(?:invest|spend|put)\w* (?:[\w-]+ ){0,2}?(?:in|into|on) (?:traditional |old-fashioned |more |better )?(?:policing|police work|investigators|detective work|more officers|human intelligence)\b[^.;]{0,20}?\binstead\b/, side: -1, weight: 1.2 },
  // "standing up to the FBI".
  { re: /\bst(?:and|ands|anding|ood) up (?:to|against) (?:the )?(?:fbi|government|governments|police|authorities|state|justice department|department of justice|home office|kremlin|regulators?|spy agenc\w+|security services|surveillance|pressure)\b/, side: -1, weight: 1.5 },
  // "Without this law, the services will remain blind", "without access to the content, we are one
  // step behind": the measure as what the speaker cannot do without ("without" is no denial there).
  { re: /(?:^|[,;:—–.!?]\s*|\b(?:but|and|because|since)\s+)without\s+(?:(?:this|the|such|that|these|those|a|an|any|lawful|legal|proper|new|real|some|timely)\s+)?(?:[\w-]+\s+){0,2}?(?:law|bill|regulation|powers?|tools?|access|article|clause|measure|amendment|decree|capabilit(?:y|ies)|instrument|cooperation|assistance|framework|provision|legislation)(?:\s+(?:to|of|from|in|into)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s*,\s*(?:[\w'-]+\s+){0,4}?(?:we|police|the police|investigators|officers|detectives|prosecutors|the services|services|the state|justice|victims|courts?|judges?|criminals|they|it|cases)\b/, side: 1, weight: 2 },
  // "Without encryption, journalists would be exposed": what the speaker would lose.
  { re: /(?:^|[,;:—–]\s*)without\s+(?:(?:strong|good|proper|real|end-to-end|this|the|such|that|their|our|its)\s+)?(?:encryption|end-to-end encryption|privacy|encrypted (?:apps?|messaging|services?|communications?))\s*,/, side: -1, weight: 2 },
  // A measure described as coercion ("a law that forces providers to weaken it", "forcing local apps
  // to keep readable copies", "once a company is forced to keep a spare key"): its critics' words;
  // its backers say "require" and "should be made to".
  { re: new RegExp(String.raw`(?<!\b(?:not|n't|never|no|should|must|to|ought to|need to|needs to|be able to)\s+(?:be\s+)?)\b(?:forc(?:es|ed|ing)|compel(?:s|led|ling)|coerc(?:es|ed|ing))\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:weaken|break|undermine|compromise|sabotage|(?:keep|hold|store|retain|create|build|make)\s+(?:[\w'’-]+\s+){0,3}?(?:${BACKDOOR}|readable cop(?:y|ies)|decryptable|copies of (?:[\w'’-]+\s+){0,2}?keys|weaker))`), side: -1, weight: 2 },
  // "key escrow by another name", "a backdoor with a judicial stamp", "the fantasy of a safe
  // backdoor", "a wiretap in every pocket", "a key to everyone's house": the measure named for
  // what its critics say it is.
  { re: new RegExp(String.raw`\b(?:${BACKDOOR}|(?:key )?escrow|surveillance|wiretap\w*|interception|scanning)\s+(?:by|under|with)\s+(?:another|a different|a nicer|a new|any other|a legal|a judicial|a court|an official)\s+(?:name|label|stamp|badge|seal|signature)\b|\b(?:fantasy|fantasies|myth|illusion|pipe dream|delusion|fiction)\s+(?:of|that)\s+(?:there is\s+)?(?:a\s+|an\s+)?(?:safe|secure|good-guys?-only|responsible|lawful|targeted|exceptional|harmless)\s+(?:${BACKDOOR}|access|doors?|keys?|way in)\b|\bwiretaps?\s+(?:in|into|on)\s+(?:every|everyone's|everybody's|all)\b`), side: -1, weight: 2.5 },
  // (Negated, the access side's denial: "we are not asking for a key to every house".)
  { re: /\b(?:a\s+)?keys?\s+to\s+(?:everyone's|everybody's|every|all (?:our|of our))\s+(?:houses?|homes?|doors?|front doors?|flats?)\b/, side: -1, weight: 2.5, negatable: true },
  // "Once the provider can read, anyone who compromises the provider can read"; "if the company can
  // read it, whoever breaks into the company can read it".
  { re: /\b(?:if|once|when)\s+(?:the\s+)?(?:company|provider|firm|platform|service|app|we|they|you|it)\s+(?:can|could)\s+(?:read|open|see|access|decrypt|unlock)\b[^.;]{0,60}?\b(?:anyone|anybody|whoever|hackers?|criminals|thieves|attackers?|spies|someone else)\b[^.;]{0,50}?\b(?:can|could|will)\s+(?:too|also|as well|read|open|see|access|decrypt|unlock)\b/, side: -1, weight: 2.5 },
  // "will not design a mechanism that lets anyone bypass …", "what we won't do is rebuild the app so that every user is exposed".
  { re: /\b(?:will not|won't|would not|wouldn't|will never|refuses? to|refused to|cannot and will not)\s+(?:re-?design|design|rebuild|re-engineer|re-architect)\s+(?:\w+\s+){0,4}?(?:so that|that lets|that allows|to let|to allow|which lets|which allows)\b|\bwhat (?:we|it|they) (?:won't|will not|will never|would not) do is (?:re-?design|rebuild|weaken|break|re-engineer|build)\b/, side: -1, weight: 2.5 },
  // The access side on who answers to whom: "a company cannot decide which resolutions it obeys",
  // "a platform which earns in our market must follow our laws", "the state cannot be defeated by a padlock".
  { re: /\b(?:company|companies|firm|firms|platform|platforms|provider|providers|app|apps|business|businesses|tech giants?|corporations?)\s+(?:cannot|can't|should not|shouldn't|must not|does not get to|doesn't get to|do not get to|don't get to|cannot be allowed to)\s+(?:decide|choose|pick)\s+(?:which|what|whether)\s+(?:\w+\s+){0,3}?(?:(?:court\s+)?orders?|laws?|resolutions?|rulings?|judgments?|judgements?|warrants?|rules)\b|\b(?:must|should|has to|have to|will have to)\s+(?:follow|obey|respect|comply with|answer to|abide by)\s+(?:our|local|national|\w+n)\s+(?:laws?|courts?|rules|judges)\b|\b(?:the\s+)?(?:state|law|justice|police|courts?|republic)\s+(?:cannot|can't|must not|should not|will not)\s+be\s+(?:defeated|stopped|blocked|beaten|held hostage|outwitted|made powerless)\s+by\s+(?:a|an|the)\s+(?:padlock|lock|app|password|code|phone|algorithm)\b/, side: 1, weight: 2 },
  // "platforms must give police the keys when lives are at stake".
  { re: /\b(?:must|should|has to|have to|need to|needs to|ought to|be made to|be forced to|be required to)\s+(?:\w+\s+)?(?:give|hand|provide|grant|offer)\s+(?:the\s+)?(?:police|investigators|authorities|law enforcement|the state|government|agencies|detectives|prosecutors|judges|courts)\s+(?:the\s+)?(?:keys?|access|a way in|the content|the messages|a copy)\b/, side: 1, weight: 2, negatable: true },
  // "would be the end of the confidentiality of correspondence": what a measure ends, in its critics' words.
  { re: /\b(?:the|an)\s+end\s+(?:of|to)\s+(?:[\w'-]+\s+){0,3}?(?:privacy|encryption|confidentiality|secure messaging|private (?:messages|conversations|communications|correspondence)|anonymity|secrecy of (?:correspondence|communications)|trust)\b/, side: -1, weight: 2 },
  // Scanning that "does not and cannot work at scale without causing enormous harm", "cannot be made
  // to work at scale without creating unacceptable risks", "does not work at the scale proposed".
  { re: /\b(?:cannot|can't|does not|doesn't|do not|don't|will not|won't|could not|couldn't|would not|wouldn't)\s+(?:[\w']+\s+){0,6}?(?:work|function|operate|be (?:done|deployed|used|made to work))\b[^.;]{0,40}?\bwithout\s+(?:causing|creating|introducing|producing|generating|opening)\s+(?:[\w-]+\s+){0,2}?(?:harm|risks?|damage|errors|false positives|vulnerabilit\w+|weakness\w*|holes?)\b|\b(?:does not|doesn't|do not|don't|cannot|can't|will not|won't|would not|wouldn't)\s+work\s+at\s+(?:the\s+|any\s+|that\s+)?(?:\w+\s+)?scale\b/, side: -1, weight: 2.5 },
  // "broken the promise of encryption"; a regulation that would "make encryption illegal in practice".
  { re: /\b(?:broken|break|breaks|breaking|broke|betray\w*|undermin\w+|defeat\w*)\s+the\s+(?:whole\s+|very\s+|core\s+|basic\s+|entire\s+)?(?:promise|point|purpose|guarantee|idea)\s+of\s+(?:end-to-end\s+)?encryption\b|\bmak\w+\s+(?:end-to-end\s+|strong\s+)?encryption\s+(?:effectively\s+|de facto\s+|all but\s+)?(?:illegal|unlawful|impossible|useless|pointless|meaningless|obsolete)\b/, side: -1, weight: 2.5 },
  // "Tell me again how safe your master key will be": a question that answers itself.
  { re: new RegExp(String.raw`\bhow\s+(?:safe|secure)\s+(?:your|the|a|their|any|this|that)\s+(?:\w+\s+)?(?:${BACKDOOR}|keys?|doors?|way in)\s+(?:will|would|is|could)\b`), side: -1, weight: 2 },
  // A provider's encryption news: "once end-to-end encryption is rolled out".
  { re: /\b(?:once|when|after|as)\s+(?:end-to-end\s+|full\s+|default\s+)?encryption\s+(?:is|has been|was|gets)\s+(?:rolled out|switched on|turned on|enabled|introduced|launched|in place)\b/, side: -1, weight: 1 },
  // The access side: "criminals do not respect borders, and neither should lawful access", "there
  // has to be a way in with a judge's order", "we chose to stay blind".
  { re: /\bneither\s+(?:should|can|must|does|do)\s+(?:lawful access|law enforcement|the police|police|justice|investigators?|the law)\b|\b(?:chose|choose|choosing|decided|decide|deciding)\s+to\s+(?:stay|remain|be|go)\s+blind\b/, side: 1, weight: 2 },
  { re: /\bthere\s+(?:has|have|needs?|ought)\s+to\s+be\s+(?:a|some)\s+(?:lawful\s+|legal\s+)?(?:way|route|means|path)\s+(?:in|into|to\s+(?:the\s+)?(?:content|messages|evidence|lawful access|access))\b/, side: 1, weight: 2, negatable: true },
  // "platforms must open encrypted channels used for militancy"; "should require device makers to help unlock such devices".
  { re: /\b(?:must|should|have to|has to|need to|needs to|ought to|be made to|be required to)\s+(?:\w+\s+)?(?:open|unlock|decrypt|unscramble|give access to|provide access to)\s+(?:\w+\s+){0,2}?(?:encrypted|end-to-end)\s+\w+|\b(?:should|must|ought to|needs? to)\s+(?:\w+\s+)?(?:require|oblige|compel|force|make)\s+(?:[\w-]+\s+){0,3}?to\s+(?:help\s+)?(?:unlock|decrypt|open|hand over|provide access)\b/, side: 1, weight: 2, negatable: true },
  // "would allow indiscriminate access to citizens' communications" (negated, "without mass surveillance", the access side's assurance).
  { re: /\b(?:indiscriminate|wholesale|blanket|unfettered|unchecked|unlimited|generali[sz]ed|unrestricted)\s+(?:access|interception|surveillance|monitoring|scanning|decryption)\b/, side: -1, weight: 2, negatable: true },
  // "his reporting would have been impossible without encrypted messaging".
  { re: /\b(?:impossible|could not have|couldn't have|would not have been possible|wouldn't have been possible)\b[^.;]{0,40}?\bwithout\s+(?:end-to-end\s+|strong\s+)?(?:encrypt\w*|secure messaging)/, side: -1, weight: 2 },
  // A measure that "would do more harm than good" (said of encryption, the other way round, it is rare).
  { re: /\b(?:do|does|did|doing|cause|causes|caused|would do|will do)\s+(?:far\s+|much\s+)?more\s+harm\s+than\s+good\b/, side: -1, weight: 2.5 },
  // "Suspending encryption for one target means building the switch for all"; "who will guard the
  // guards when they hold the keys to every phone"; "would make France the weak link" (not "should
  // not become the weak link in the region", said for the access side); a law that "would end online privacy".
  { re: /\b(?:building|build|builds|creating|create|creates)\s+(?:the|a)\s+(?:switch|door|key|tool|capability|mechanism|backdoor)\s+for\s+(?:all|everyone|everybody|every\s+\w+)\b|\bwho\s+(?:will|would|is going to)\s+guard\s+the\s+guards\b|\bmak(?:e|es|ing)\s+(?:[\w'-]+\s+){0,2}?the\s+weak(?:est)?\s+link\b|\b(?:would|will|could|might)\s+(?:effectively\s+|in effect\s+)?(?:end|kill|destroy|abolish|eliminate)\s+(?:online\s+|digital\s+|private\s+)?(?:privacy|encryption|confidentiality|anonymity|secure messaging)\b/, side: -1, weight: 2.5 },
  { re: /\bkeys?\s+to\s+every\s+(?:phone|device|account|chat|message)\b/, side: -1, weight: 2, negatable: true },
  // The access side: platforms that "should be able to suspend encryption for individual targets",
  // "encrypted platforms must cooperate fully", "the right to privacy cannot trump a child's right to
  // be safe", a default that "would turn off the lights on abuse", a scheme "without a single point
  // of failure", a design that "doesn't touch the encryption".
  { re: /\b(?:should|must|be able to|allowed to|need to|needs to|able to|be required to)\s+(?:\w+\s+)?(?:suspend|lift|disable|switch off|turn off|bypass)\w*\s+(?:the\s+)?encryption\s+(?:for|of|on)\s+(?:individual|specific|particular|named|one|a single|suspected)\s+(?:targets?|users?|suspects?|accounts?|people|cases?)\b|\b(?:encrypted|end-to-end encrypted|secure)\s+(?:platforms?|apps?|services?|messaging (?:apps?|services?|platforms?)|messengers?|providers?)\s+(?:must|should|have to|has to|need to|needs to|will have to|ought to)\s+(?:\w+\s+)?(?:cooperate|comply|assist|help|answer|obey|respect|register|provide|hand|give|open|allow|let|submit|follow)\b|\bprivacy\s+(?:cannot|can't|must not|should not|shouldn't|does not|doesn't|may not)\s+(?:\w+\s+)?(?:trump|outweigh|override|come before|beat)\b|\bturn\w*\s+off\s+the\s+lights?\s+on\b|\bwithout\s+(?:a|any)\s+(?:single\s+)?point\s+of\s+failure\b/, side: 1, weight: 2 },
  { re: /\b(?:doesn't|does not|do not|don't|would not|wouldn't|will not|won't|never)\s+(?:even\s+)?touch\s+(?:the\s+)?encryption\b/, side: 1, weight: 2, disclaimer: true },
  // The access side: a plan that "will make it harder to protect kids", police who
  // "needed new powers".
  { re: /\bmak\w+\s+it\s+(?:much\s+|far\s+|a lot\s+)?(?:harder|more difficult)\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:protect (?:kids|children|victims)|catch|find|detect|investigate|trace|stop|prosecute|identify)\b|\b(?:police|the police|the force|investigators|officers|detectives|prosecutors|agencies|we|law enforcement)\s+(?:urgently\s+|badly\s+|still\s+)?(?:needed|need|needs|require|required|requires|lacks?|lacked)\s+(?:new|more|stronger|better|extra|additional|proper|modern)\s+(?:powers|tools|legal powers|capabilities|legislation)\b/, side: 1, weight: 2 },
  // "would secure one conviction at the cost of the security of every other user"; a provider that
  // would "withdraw its encrypted backup feature from the French market rather than build a mechanism".
  { re: /\bat\s+the\s+(?:cost|expense|price)\s+of\s+(?:the\s+)?(?:security|safety|privacy)\s+of\s+(?:every|all|everyone|everybody|millions|billions)\b|\b(?:withdraw|pull|remove|leave|exit|quit|switch off|shut down)\w*\s+(?:[\w'-]+\s+){0,10}?rather\s+than\s+(?:build|create|install|add|weaken|break|hand over|comply|give)\b/, side: -1, weight: 2.5 },
];

/** What is being argued about. */
export const TOPICS: TopicCue[] = [
  // "[the regulator] blocked access to the encrypted messaging app", the object of a deed: users'
  // access to an encrypted app is the encryption side's ground (first: the generic "access to …
  // messaging" is access for police; at the start only: in a sentence, "the decision to block
  // access to encrypted apps was an attack on free expression" is said of someone else's act).
  { re: /^\s*access to (?:the )?(?:end-to-end )?encrypted (?:messaging |email |chat )?(?:apps?|services?|messengers?|platforms?)\b/, polarity: -1, weight: 1, sayDefault: 0 },
  // "wants to license encryption service providers": licensing who may offer encryption is control of it.
  { re: /\b(?:licens\w+|register\w*|registration of)\s+(?:all\s+|every\s+)?(?:encryption|encrypted)\s+(?:service\s+)?(?:providers?|services?|apps?|products?|VPNs?|tools?)\b/, polarity: 1, weight: 1.2, sayDefault: 0.5 },
  // "hand over encryption keys", "include encrypted services in the scope", rules "extended to
  // encrypted messaging apps": an access measure, whoever asks for or refuses it.
  { re: /\bhand(?:s|ed|ing)? over (?:\w+ ){0,2}?(?:encryption |decryption |private )?keys\b|\b(?:include|includes|included|including|bring|brings|bringing)\s+(?:\w+\s+){0,2}?encrypt\w+ (?:services?|apps?|messaging|messengers?|platforms?|chats?|communications?|content)\s+(?:in|into|within|under)\s+(?:the |its |their )?(?:scope|remit|reach)\b|\b(?:extended|expanded|applied)\s+to\s+(?:cover\s+)?(?:\w+\s+)?encrypt\w+ (?:services?|apps?|messaging|messengers?|platforms?|chats?|communications?|content)\b/, polarity: 1, weight: 1.2, sayDefault: 0.5 },
  // "surveillance of students' private communications", "a key to the private conversations of …",
  // "easier to break into": private talk as the object of an access measure is that measure, not privacy.
  { re: /\b(?:surveillance|monitoring|interception|snooping on|spying on) of (?:[\w']+ ){0,2}?(?:private |personal |encrypted )?(?:messages|conversations|communications|chats|correspondence)\b|\b(?:a|the|any|master|spare|golden) keys? to (?:[\w']+ ){0,3}?(?:private |personal |encrypted )?(?:messages|conversations|communications|chats|phones|devices)\b|\beasier (?:for [\w-]+ (?:[\w-]+ )?)?to (?:break into|intercept|read|decrypt|open|get into)\b/, polarity: 1, weight: 1.2, sayDefault: 0 },
  // "powers to read encrypted messages": what the access side asks for, whatever it names.
  { re: /\b(?:powers?|ability|abilities|tools?|means|right|capabilit\w+) to (?:read|access|intercept|decrypt|see|monitor|unlock|open) (?:[\w']+ ){0,2}?(?:messages|communications|chats|conversations|data|content|phones?|devices?)\b/, polarity: 1, weight: 1.5, sayDefault: 1 },
  // A measure that protects encryption (exempting encrypted services from a scanning law).
  { re: new RegExp(String.raw`\b(?:exempt\w*|exclud\w*|carv\w* out|tak\w+|leav\w+|kept|keep\w*)\s+(?:\w+\s+){0,2}?${ENC}(?:\s+\w+){0,3}?\s+(?:out of|from)\b(?:\s+(?:the\s+)?[\w']+){0,3}?\s*(?:scope|law|regulation|rules|requirement)?|\bexempt\w*\s+(?:\w+\s+){0,2}?${ENC}`), polarity: -1, weight: 1.5, sayDefault: 1 },
  // Coercing providers.
  { re: new RegExp(String.raw`\b(?:forc\w+|compel\w*|oblig\w+|requir\w+|mandat\w+|order\w*|make)\s+(?:\w+\s+){0,2}?${PROVIDERS}\s+(?:to|into)\s+(?:help|assist|decrypt|provide|hand|give|build|building|install|scan|break|weaken|create|write|unlock|disable|cooperate|co-operate|comply|keep|maintain|be able|detect|report|monitor|identify|flag|trace|retain|store|share)`), polarity: 1, weight: 1.5, sayDefault: 0.5 },
  // "demanded that chat apps open their encrypted messages to detectives"; "allowing inspection of encrypted traffic".
  { re: /\bopen\w*\s+(?:[\w']+\s+){0,3}?(?:messages|chats|communications|content|data|phones?|devices?|accounts|inboxes)\s+to\s+(?:the\s+)?(?:drug\s+|fraud\s+|criminal\s+|terrorism\s+|federal\s+|state\s+|local\s+)?(?:detectives|police|investigators|authorities|law enforcement|officers|agencies|the state|prosecutors|security services)\b|\b(?:inspection|interception|inspecting|intercepting|decryption|decrypting) of (?:all )?(?:[\w-]+ )?(?:encrypted|secure|https) (?:traffic|communications|messages|connections)\b/, polarity: 1, weight: 1.5, sayDefault: 1 },
  // "operators should be compelled to help decrypt them": the same coercion, in the passive.
  { re: new RegExp(String.raw`\b${PROVIDERS}\s+(?:should|must|would|will|could|can|ought to|need to|needs to|to)\s+(?:(?!not\b|never\b)\w+\s+)?be\s+(?:forced|compelled|obliged|required|made|ordered|mandated)\s+to\s+(?:help|assist|decrypt|provide|hand|give|build|install|scan|unlock|cooperate|co-operate|comply|keep|detect|report|identify|trace|retain|store|share)`), polarity: 1, weight: 1.5, sayDefault: 1 },
  { re: /\bdraw up laws\b|\bdraft laws\b|\blaws forcing\b|\blaws allowing\b/, polarity: 1, weight: 1, sayDefault: 1 },
  { re: /\b(?:exceptional|targeted|government|police|law enforcement|third-party|operational|judicial|investigative) access\b/, polarity: 1, weight: 1, sayDefault: 0 },
  // "wants messaging services to hand messages to police", "urged tech firms to scan …"
  { re: new RegExp(String.raw`^\s*(?:\w+\s+){0,2}?${PROVIDERS}\s+to\s+(?:help|assist|decrypt|provide|hand|give|scan|store|retain|keep|build|install|break|weaken|unlock|disable|cooperate|co-operate|share|detect|report)`), polarity: 1, weight: 1.2, sayDefault: 0.5 },
  { re: /\b(?:store|retain|hand(?: over)?|give|provide|share|disclose|turn over)\s+(?:\w+\s+){0,3}?(?:messages|data|content|keys|communications|chats|records)\s+(?:\w+\s+){0,3}?(?:to|with)\s+(?:the\s+)?(?:police|authorities|law enforcement|investigators|government|agencies|security services)\b/, polarity: 1, weight: 1.2, sayDefault: 1 },
  { re: /\b(?:lawful|legal) access\b|\baccess to (?:the )?(?:encrypted|private|users'?|people's|their|suspects'?|the content|content|end-to-end)?\s*(?:[\w']+\s+){0,2}?(?:messages|messaging|backups|files|accounts|communications?|data|content|conversations|chats|devices?|phones?|apps?)\b|\baccess (?:messaging services|encrypted)\b|\blawful (?:interception|requests?|hacking)\b/, polarity: 1, weight: 1, sayDefault: 1 },
  // "any mechanism to reveal the content of encrypted messages": the access side's measure, however described.
  { re: /\b(?:mechanisms?|methods?|systems?|tools?|means) (?:to|that would|that could|that can|for) (?:reveal|read|access|expose|decrypt|open|bypass|get around|break) (?:the )?(?:content|contents|messages|encrypted|encryption|communications?|chats)\b/, polarity: 1, weight: 1.5, sayDefault: 0 },
  { re: new RegExp(String.raw`\b(?:(?:encryption|crypto|encrypted|security|software|technical) )?${BACKDOOR}(?:\s+(?:in|into|to|on)\s+(?:\w+\s+)?(?:encrypted|encryption|end-to-end)\s*\w*)?`), polarity: 1, weight: 1, sayDefault: 0 },
  { re: /\bfront doors?\b/, polarity: 1, weight: 1, sayDefault: 1 },
  { re: /\b(?:interception|intercept|retention|decryption|scanning) (?:duties|duty|obligations?|capabilit\w+|requirements?|mandates?)\b/, polarity: 1, weight: 1.2, sayDefault: 0.5 },
  { re: /\bkey escrow\b|\bescrow\b/, polarity: 1, weight: 1, sayDefault: 0 },
  // Keys kept by someone other than the users: escrow by another name.
  { re: /\b(?:lodge|deposit|store|hold|keep|hand over|surrender)\w* (?:\w+ ){0,2}?(?:recovery|decryption|spare|master|duplicate) keys\b|\b(?:copies|copy) of (?:\w+ )?(?:users'? |customers'? |the |their )?(?:private |encryption |decryption )?keys\b|\b(?:vault|store|database|register) of (?:\w+ )?keys\b|\b(?:local )?(?:storage|deposit|lodging|registration|escrow) of (?:\w+ )?(?:encryption|decryption|private|recovery) keys\b/, polarity: 1, weight: 1, sayDefault: 0 },
  { re: /\b(?:detection|scanning) (?:technology|technologies|tools?|systems?|software)\b/, polarity: 1, weight: 1, sayDefault: 0 },
  { re: /\b(?:client-side scanning|(?:mass |on-device |device )?scanning(?: (?:(?:of|on) )?(?:(?<=(?:of|on) )\w+ )?(?:messages|photos|images|devices?|phones?|encrypted \w+))?|scan(?:s)? (?:\w+ ){0,2}(?:messages|photos|images|users|content|links))\b|\bdetection orders?\b|\bchat control\b|\bdetect\w* (?:known |new )?(?:abuse|material|images)/, polarity: 1, weight: 1, sayDefault: 0 },
  { re: /\bdetection (?:on|in|of|for|inside|within) (?:\w+ )?(?:encrypted|end-to-end|private|messaging)\b|\b(?:detect|scan)\w* (?:on|in) (?:\w+ )?(?:encrypted|end-to-end) (?:services?|apps?|platforms?|messages|chats)\b/, polarity: 1, weight: 1.2, sayDefault: 0.5 },
  { re: /\b(?:technical )?capability notices?\b|\btechnical assistance notices?\b/, polarity: 1, weight: 1, sayDefault: 0 },
  { re: /\btraceability\b|\bfirst originator\b|\brecords? of who (?:forwarded|sent|shared)\b|\bghost (?:users?|proposals?|participants?|protocol)\b|\binterception keys?\b|\b(?:split-key|key-splitting) (?:escrow|schemes?)\b|\bdecryption (?:mandates?|orders?|requirements?|obligations?)\b|\bdecryptable\b/, polarity: 1, weight: 1, sayDefault: 0 },
  // Weakening encryption, named without a judgement, is how its defenders describe a measure
  // (its backers say what they do not ask for, read first as disclaimers).
  { re: /\b(?:break|breaks|breaking|weaken\w*|undermin\w+) (?:\w+ ){0,2}?(?:encryption|the encryption|end-to-end encryption)\b/, polarity: 1, weight: 1.2, sayDefault: -0.8 },
  { re: /\b(?:break\w*|weaken\w*|undermin\w+|bypass\w*|circumvent\w*|crack\w*|disabl\w+|defeat\w*|get around|break into|unlock\w*) (?:\w+ ){0,2}(?:encryption|encrypted|security|the encryption|protections?|phones?|devices?)\b|\b(?:flaw|flaws|vulnerabilit\w+|weakness\w*|holes?|loopholes?) (?:in|into) (?:\w+ )?(?:encryption|encrypted)\w*/, polarity: 1, weight: 1.2, sayDefault: 0 },
  { re: /\b(?:ban\w*|outlaw\w*|prohibit\w*|restrict\w*) (?:on )?(?:end-to-end )?(?:encryption|encrypted (?:services|apps|messaging))\b|\b(?:encryption|vpn) (?:bans?|ban|prohibition)\b/, polarity: 1, weight: 1.5, sayDefault: 1 },
  // (Not "amendment": a change to a bill goes whichever way its text says, so the word alone takes no side.)
  { re: /\b(?:the |this |such |new |a |similar |these |those |its |their |our |his |her |any )?(?:(?!(?:drop|scrap|abandon|shelve|ditch|withdraw|repeal|block|stop|end|oppose|reject|fight|resist|ban|kill|halt|pause|delay)\b)\w+ )?(?:law|laws|bill|bills|proposals?|plans?|regulation|legislation|rules|powers|measures?|compromise|draft|scheme|notices?|norm|instruments?|orders?|requirements?|obligations?|mandates?|provisions?|clauses?|suggestions?|demands?|requests? (?:from|by) (?:\w+ )?(?:governments?|police|authorities|agencies|ministers?)|act|text|vote(?<!\b(?:postpone|postponed|postponing|delay|delayed|delaying|defer|deferred|hold|held|holding|schedule|scheduled|call|called|force|forced|adjourn|adjourned|before|after|until|ahead of)\s+(?:the |a |this |any |that |final |next )?vote)|what you propose|this approach|(?:articles?|parts?|sections?|chapters?|paragraphs?) \d[\w.()-]*)\b/, polarity: 1, weight: 0.8, sayDefault: 0, generic: true },
  // The other side's ground.
  { re: /\b(?:strong|end-to-end|robust|unbreakable) encryption\b/, polarity: -1, weight: 1, sayDefault: 0.5 },
  { re: /\bencrypt(?:ion|ed|s|ing)?(?: (?:technology|services?|apps?|messaging|messages|data|communications|platforms?|backups?|products?))?\b|\bsecure (?:communications|messaging|messages|apps?|chats?)\b/, polarity: -1, weight: 1, sayDefault: 0 },
  { re: /\b(?:privacy|private (?:messages|conversations|communications|images|photos|lives)|data protection|personal data|security (?:and|&) privacy|source protection|protection of (?:journalists' |their |our )?sources|confidentiality of (?:sources|correspondence|communications))\b/, polarity: -1, weight: 0.7, sayDefault: 0 },
];

const w = (list: string) => list.trim().split(/\s+/);

/** Judgement words: +1 good, -1 bad, each a whole word. */
export const POSITIVE = w(`
  protect protects protected protecting protection protections secure safe safety essential vital
  necessary need needs needed must should help helps helped helping enable enables allow allows
  allowed important crucial support supports supported welcome welcomes welcomed benefit
  proportionate legitimate reasonable responsible balanced robust works working right good better
  useful keep keeps saves save strongest backed praised exempt exempting exempted
  mandatory compulsory obligatory mature accurate reliable effective proven uphold upholds upheld
  upholding sensible overdue commonsense common-sense supporter supporters advocate advocates
  champion champions backer backers proponent proponents privacy-preserving realistic workable
  feasible solvable achievable landmark worth practical desirable viable wise
  prefer prefers preferred preferable backs backing endorse endorses endorsed endorsing favours favors
  favoured favored
`);
export const NEGATIVE = w(`
  damage damages damaged damaging weaken weakens weakened weakening undermine undermines undermined
  undermining endanger endangers endangered risk risks risky danger dangerous threat threaten
  threatens threatened harm harmful harms flaw flaws flawed insecure broken exploit exploited
  exploitable hack hacked hacking oxymoron impossible unworkable disaster disastrous catastrophic
  catastrophe mistake bad wrong nonsense naive fail fails failed failure illegal unlawful violate
  violates violation breach breaches disproportionate intrusive invasive attack attacks stolen steal
  misused misuse hijacked hi-jacked overreach leak leaks leaked problem problems
  concern concerns worried worse worst tamper weapons weapon fooled fool undercut setback
  useless pointless reckless unacceptable scandal spy snoop backfire backfired misunderstood
  surveillance spying ignored ignores ignoring limited restricted curbed scrapped dropped banned
  abandoned withdrawn pretext
  misunderstands misguided ill-conceived counterproductive naive unworkable terrible awful absurd
  ridiculous foolish short-sighted shortsighted wrongheaded wrong-headed folly madness
  dead unconstitutional irresponsible cripple cripples crippling blind blinds blinded blindfold
  frighten frightening scare scary abused myth outweigh outweighs destroy destroys destroyed
  destroying wreck wrecks erode erodes eroded eroding corrode cripple gut guts malicious expose
  exposes exposed exposing jeopardise jeopardises jeopardised jeopardising jeopardize jeopardizes
  jeopardized jeopardizing imperil imperils impractical undesirable unviable unwise unenforceable
  ineffective unnecessary needless unjustified unjustifiable unwarranted
`);
/** Words that turn over the topic right after them. */
export const FLIPPERS = w(`
  against oppose opposes opposed opposing reject rejects rejected rejecting ban bans banned banning
  fighting fights fought
  prohibit prohibits prohibited outlaw resist resists resisted fight stop stops stopped block
  blocks blocked prevent prevents prevented end ends ended scrap scrapped drop dropped abandon
  abandoned repeal repealed repealing veto vetoed criticise criticised criticize criticized condemn
  condemned dismiss dismissed forbid forbids forbidden refuse refused delay delayed postpone
  postponed challenge challenged undercut declined declines decline rebuffed rebuff avoid avoids
  avoided avoiding strip strips stripped stripping remove removes removed withdraw withdraws
  withdrawing shelve shelved shelving ditch ditched ditching opponent opponents critic critics
  refrain refrains refrained refraining overturn overturns overturned overturning annul annuls
  annulled annulling quash quashed delete deletes deleting bury buried withdrawal removal deletion
  annulment scrapping
`);
export const NEGATORS = new RegExp(`^${NEG}$|n't$`);

/** Support verbs that, negated, turn over what follows ("could not support the text"). */
export const SUPPORT_VERBS = w(`support supports supported back backs backed accept accepts endorse endorses approve approves vote pass adopt bow bowed obey obeys cave caved`);

/**
 * Glossary entries that name what the access side asks for (laws, schemes, techniques): in a
 * proposal, support or opposition they give the object its side ("proposed the Clipper chip").
 */
export const ACCESS_TERMS = new Set([
  'key-escrow', 'clipper-chip', 'ghost-proposal', 'earn-it-act', 'eu-csa-regulation', 'online-safety-act',
  'investigatory-powers-act', 'assistance-and-access-act', 'calea', 'key-disclosure', 'lawful-hacking',
  'lawful-interception', 'technical-assistance-notice', 'technical-capability-notice', 'detection-order',
  'client-side-scanning', 'exceptional-access', 'lawful-access', 'golden-key', 'front-door', 'backdoor',
  'data-retention', 'bulk-interception', 'regulation-of-investigatory-powers-act', 'e-evidence',
]);
export const ENCRYPTION_TERMS = new Set(['end-to-end-encryption', 'encrypted-messaging', 'forward-secrecy', 'device-encryption', 'advanced-data-protection', 'signal-protocol']);

export const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'while']);

export const PARTICIPLES = new Set(['arguing', 'saying', 'warning', 'adding', 'noting', 'claiming', 'insisting', 'stating', 'explaining', 'urging', 'calling']);

export const WHO_OF = /^(?:providers?|operators?|makers?|users?|customers?|developers?|vendors?|companies|firms|owners?)$/;

export const LAWLIKE = /^(?:law|laws|act|bill|order|orders|notice|notices|regulation|rules|powers|legislation|requirement)$/;

export const BALANCE = /\b(?:not (?:yet )?(?:formed|reached|taken) (?:a|any) (?:view|position|stance)|neither (?:camp|side|party) is (?:wrong|right|lying)|(?:are|is) right (?:that|about|to)\b[\s\S]{0,250}?\b(?:are|is) (?:also |equally )?right (?:that|about|to)\b|(?:has|have|had) no (?:view yet|preferred outcome|opinion on (?:that|this|it|the matter|the issue))|(?:took|take|takes|taking|taken|has|have|had) no (?:position|stance|decision)|no view on|too (?:early|soon) to (?:say|tell|judge)|remains to be seen|not yet (?:made up|decided)|yet to (?:decide|make up)|still weighing|undecided|both sides(?! of the (?:house|aisle|chamber|border|channel|atlantic|parliament|senate|assembly))|each side|both readings|either side|strong arguments on both|has a (?:real )?point|were defensible|both (?:camps|arguments)|(?<=\w )either way|either direction|(?:not|never) (?:take|taking|taken|takes) (?:a|any) (?:position|side|stance|view)|(?:don't|do not|doesn't|does not|didn't|did not) take (?:a|any) (?:position|side|stance|view)|not sure where|(?:still|are|is|was|were|be) (?:still )?(?:carefully |closely )?(?:studying|reviewing|considering|assessing|examining) (?![^.;]{0,40}?\bwith a view to (?:seeking leave to )?(?:appeal|challenge|contest))(?:the|this|that|its|their|all|it|submissions|responses|evidence|proposals|options|comments|how)|(?:not|yet to|never) (?:yet )?(?:declared|taken|adopted|reached|made up|formed) (?:a |an |its |their |my |our |any )?(?:formal |final |official |clear )?(?:position|decision|mind|view)|(?:can't|cannot|can not|couldn't) (?:yet )?(?:tell|say) (?:which|whether)|(?:not|yet to) (?:yet )?decided? whether|undecided|not cheering|(?:and|but|nor) (?:we |i |they |it |the board |the regulator )?(?:don't |do not |doesn't |does not |won't |will not )?rule (?:it|them|this|that|anything) out|not to pick (?:tools|sides|a side|winners)|before (?:taking|reaching|forming|adopting|settling on) (?:a |any |their |his |her |its |my |our )?(?:position|view|stance|decision|side)|before (?:deciding|making up (?:his|her|their|its|my|our) minds?|picking a side)|both (?:things|statements|claims|of these things|of those things) (?:can be|are|may be) true|leave (?:the|this|that) (?:[\w-]+ )?(?:question|issue|decision|matter|debate) to (?:lawmakers|parliament|congress|the courts|legislators|politicians|mps|the legislature|the government)|neither (?:supports?|supported|endorse[sd]?|back(?:s|ed)?|favou?r(?:s|ed)?) nor (?:opposes?|opposed|rejects?|rejected)|(?:not|no)\b[^.;]{0,40}?\b(?:endorse|support|back) or (?:oppose|reject)|(?:not|no) position (?:for or against|either way)|(?:trade-?off|dilemma|tension) (?:is|was|are|were) (?:genuine|real)|(?:genuine|real) (?:trade-?off|dilemma)|which of the two|(?:can't|cannot|could not|couldn't) say (?:i|we|it|they) (?:support|back|oppose)|(?:wants?|wanted|calls? for|called for|asked for|asks for) (?:an? )?(?:independent )?(?:impact )?(?:study|assessment) (?:before|first)|overstate (?:their|its) cases?|evidence (?:both ways|on both sides)|cuts? both ways|cutting both ways|(?:no|not a|don't have a|do not have a) (?:simple|easy|clear) answer|a balance (?:[\w-]+ ){0,2}?(?:must|has to|should|will have to) (?:decide|strike|find)|(?:is|are) (?:completely |entirely |perfectly )?legitimate,? and so (?:is|are)|can be (?:defended|understood|justified),? and so can|a question for (?:the )?(?:government|parliament|lawmakers|legislators|congress|courts|politicians|voters|mps)|(?:a )?question (?:[\w-]+ ){0,2}?(?:has|have) to answer|(?:before|until) (?:[\w-]+ ){0,3}?(?:makes?|making|takes?|taking) (?:a|any|its|the|their) (?:final )?decision|not decided to|both (?:positions|arguments|views) (?:have|had|has) (?:their|its|a) (?:logic|merits?|point)|no further comment|not prejudged?|matter for (?:the )?(?:government|parliament|lawmakers|legislators|congress|courts|politicians|voters|mps)|(?:do not|don't|does not|doesn't) (?:choose|write|make) the (?:legal framework|law|laws|rules)|implement (?:what|whatever) (?:parliament|the legislature|lawmakers|congress) (?:passes|decides|adopts)|not there yet|know more before (?:i|we) (?:had|have|form|take) (?:an|a) (?:opinion|view|position)|respectable arguments|both (?:are|may be|could be|might be) (?:partly |partially )?(?:right|possible|true)|(?:that|the|this) debate is still open)\b/;

/**
 * Reserving judgment in other words ("will listen to all sides before reaching a conclusion",
 * "has not decided how he will vote", "genuinely torn", "neither yes nor no", "is analysing the
 * decree"): the speaker is in the debate and neutral by their own account, like BALANCE.
 */
export const UNDECIDED = /\b(?:(?:hasn't|has not|haven't|have not|hadn't|had not) (?:yet )?decided (?:whether|if|how)|(?:i|we) (?:really |honestly |just )?(?:don't|do not) know what the right (?:law|answer|thing|approach|balance|rule) is|(?:a )?good or (?:a )?bad idea|(?:reasonable|good|strong|valid|serious) arguments (?:in|on) both|two (?:real |legitimate |genuine |competing )?(?:needs|interests|goods|concerns) (?:here|at stake|in tension)|(?:has|have|had)n?'?t? not (?:yet )?decided (?:how|which way)|not (?:yet )?decided how (?:\w+ )?(?:would |will |to )?vote|(?:is|am|was|were|are|be|'m|remains?|felt|feels?) (?:\w+ )?torn\b|torn between|neither (?:said )?yes nor no|not a yes and (?:it'?s |it is )?not a no|say yes or no|which way (?:it|this|the \w+|they|he|she|i|we) (?:\w+ )?(?:goes|go|will go|would go|lean\w*|votes?|will vote|would vote)|(?:not|yet to|never) (?:yet )?(?:issued|given|published|expressed|delivered|reached|formed) (?:a |an |its |their |his |her |any )?(?:formal |final |official |considered )?(?:opinion|conclusion|verdict)|(?:reached|reach|there is) no conclusion|no (?:strong|firm|settled|fixed|formal) (?:view|position|opinion)|(?:members|caucus|party|board|membership|committee) (?:is|are|was|were|remains?|remained) (?:deeply |evenly |sharply )?(?:divided|split)|not (?:its|our|my|his|her|their) (?:place|role|job) to (?:take a view|take sides|say whether|judge)|not (?:want|wish|wanting) to (?:prejudge|pre-?empt)|would not (?:prejudge|pre-?empt)|(?:analy[sz]ing|will analy[sz]e|would analy[sz]e|to analy[sz]e) (?:the|this|that|its|it)\b|(?:agree[sd]? with|sympathy for|satisf(?:y|ies)|protects?|heard|hear) both\b|both (?:views|positions|institutions|concerns|camps)|(?:hear|listen to|hearing|listening to|consult|consulting) (?:from )?(?:all|both|every|each) (?:\w+ )?(?:sides?|parties|stakeholders|views|arguments|voices)|(?:hear|listen to|hearing|listening to) (?:from )?both\b|(?:hear|listen to|hearing) (?:from )?(?:the |our )?(?:\w+ )?(?:experts|specialists|technical people) (?:first|before)|before (?:(?:we|i|he|she|they|it|the committee|the chiefs) (?:takes?|took|reach\w*|makes?|made|decide\w*|says?|gives?|form\w*|vote\w*|commit\w*|press|choose)|(?:any|a|the final) vote|the \w+ (?:is|are) voted|giving (?:the |its |his |her |their )?(?:\w+ )?(?:opinion|view|verdict)|(?:reaching|taking|giving) (?:a|any|its|their) (?:conclusion|opinion|view))\b|(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?say (?:whether|which way|if) (?:he|she|they|it|the \w+|his|her|its) (?:\w+ )?(?:supported|backed|opposed|favou?red|would (?:vote|back|support)|was leaning|thought)|middle (?:road|ground|way) (?:but|that|which|has not|hasn't)|no preferred (?:\w+ )?(?:solution|option|approach|technology)|(?:does|do|did) not take (?:positions|sides) (?:on|over|about|in the (?:\w+ )?debate)|point in (?:different|opposite) directions|(?:a |an )?(?:genuine|real|difficult|hard|true|painful) dilemma|(?:has|have|had) not (?:yet )?decided(?! to)\b|not (?:yet )?(?:closed|fixed|settled|defined) (?:a |its |any |their )?position|takes? no (?:position|side|stance)s? on|both (?:the )?(?:[\w'’-]+ ){1,3}?and (?:the )?(?:[\w'’-]+ ){1,3}?(?:were|are|was|is) (?:\w+ )?(?:real|right|valid|legitimate|sincere|genuine|understandable|serious|defensible|reasonable)\b|both (?:\w+ )?(?:camps|sides|ministers|parties|groups|institutions|positions|arguments|men|women) (?:\w+ ){0,2}?(?:overstate|overstated|exaggerate|exaggerated|have (?:a |some )?(?:point|points|arguments|merit)|are (?:sincere|right|wrong)|make (?:fair|good|valid) points)|(?:is|are) also real\b|not saying yes,? (?:and|or|nor) (?:\w+ )?(?:are |am )?not saying no|(?:don't|do not|doesn't|does not) (?:yet )?know which (?:\w+ )?(?:weighs|matters|side|way|is)|neither (?:of them|side|one) is (?:lying|wrong|right)|legitimate (?:[\w,]+ ){1,4}(?:and|but) (?:there is |there's )?(?:also )?(?:a |an )?legitimate|reasonable (?:people|lawyers|experts|judges|minds) (?:can |could |may )?disagree|somewhere in the middle|(?:a |the )?question for (?:the )?(?:judge|judges|court|courts|parliament|politicians|lawmakers|legislators)(?: to decide)?(?:,)? (?:and )?not (?:for )?(?:him|her|me|us|them|engineers|scientists)|\bwhether\b[^.;]{0,100}?\b(?:is|was|would be|remains) (?:a |an |ultimately a |ultimately an )?(?:political|policy|democratic|moral|societal|value) (?:call|decision|judgment|judgement|question|choice|matter)s?,? (?:and )?not (?:a |an )?(?:technical|scientific|policing|legal|engineering|mathematical|medical|research) one|(?:hasn't|has not|haven't|have not|hadn't|had not) (?:yet )?made up (?:his|her|their|its|my|our) minds?|(?:hasn't|has not|haven't|have not|hadn't|had not) (?:yet )?concluded\b|(?:did|does|do|would|will) not take (?:a|any) (?:position|side|stance|view)|not taking (?:a |any )?(?:sides?|position)\b|(?:has|have|had|someone|somebody) (?:got )?to decide which (?:risk|risks|cost|costs|harm)|which (?:risk|risks|harm|harms) (?:we|society|the country|people|they) (?:would |'d )?rather (?:live with|accept|take)|(?:hear|listen to|hearing) (?:from )?(?:the |our )?(?:tech|technical|engineering) (?:people|experts|side) (?:first|before)|(?:want|wants|wanted|like) to see (?:the|a|any) (?:\w+ )?(?:text|detail|details|wording|draft|version) before|(?:would|will) form (?:a|its|their|his|her) view when|(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?say which way (?:the )?(?:\w+ ){0,3}?(?:should|would|will|ought to) go|\b(?:they|we|you) both have (?:a |some )?(?:point|points|merit)|(?:no|not a|isn't a|is not a|there's no|there is no|(?:don't|do not) think (?:there's|there is) (?:a|an|any)) (?:clean|easy|simple|neat|tidy) answer|(?:made|makes|make|making) no recommendation|no recommendation (?:on|either way|for or against)|(?:so that|so|leaving it to|and leave it to) (?:parliament|lawmakers|legislators|congress|the government|voters|mps|the courts|ministers) (?:can |could |may |to )?decide|reserv(?:e|es|ed|ing) (?:\w+ )?(?:judg(?:e)?ment|position|view)|(?:don't|do not|doesn't|does not) (?:yet )?know what (?:i|we|she|he|they) (?:think|thinks|make of it)|rather than (?:to )?take sides|without taking sides|(?:not|yet to|never) (?:yet )?(?:chosen|decided|picked) between|(?:mandate|victory|win) for either (?:camp|side)|either camp|(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?say (?:whether|if) (?:the \w+|it|they|he|she|we) (?:would|will) (?:comply|obey|appeal|challenge|fight|resist))/;
/** Weighing both sides or reserving judgment. */
export const BALANCED = new RegExp(`${BALANCE.source}|${UNDECIDED.source}`);

/** Words of the debate itself: a statement with none of them is about something else. */
export const DEBATE_WORDS = /\b(?:data|messages?|messaging|chats?|privacy|private|secur\w+|encrypt\w*|decrypt\w*|crypt\w*|scan\w*|hash\w*|warrants?|surveillance|intercept\w*|keys?|backups?|police|investigat\w+|evidence|abuse|images?|photos?|pictures?|flagg\w+|platforms?|apps?|users?|phones?|devices?|court|judges?|law|laws|bill|regulation|rules|order|proposals?|draft|amendments?|legislation|provisions?|clauses?)\b/g;

/** The debate's own words, without its everyday ones (apps, messages, users, phones, keys). */
export const DEBATE_CORE = /\b(?:privacy|surveillance|court orders?|encrypt\w*|decrypt\w*|scan\w*|detect\w*|flagg\w*|hash\w*|warrants?|intercept\w*|backdoors?|back doors?|lawful|bill|regulat\w+|legislat\w+|proposals?|amendments?|notice|abuse|exploitation)\b/i;

export const BACKDOOR_WORD = /\b(?:back ?-?doors?|golden keys?|master keys?)\b/;

export const EMBEDDED_QUESTION = /\b(?:how|whether)\s+(?:[\w']+\s+){0,3}$/;
export const AS_IF = /\bas (?:if|though) (?:[\w']+ ){0,2}$/;

export const DOUBT = /\b(?:(?:no |not seen (?:any )?|not found (?:any )?|little |scant )evidence|doubts?|doubted|doubting|(?:not |un)(?:convinced|persuaded)|(?:not|never) (?:clear|obvious)) that\b/g;

/** "the minister says she is not asking …": a denial reported, not made. */
export const REPORTED_DENIAL = /\b(?:says?|said|claims?|claimed|insists?|insisted|argues|argued|tells us|told \w+)(?: that)?(?: (?:she|he|they|it|the \w+|(?!we\b|i\b|you\b)\w+)(?: is| are| was| were| has| have| had| does| do| did| would| will)?)?\s*$/;

/** Cues whose own word carries the judgement ("called the order a backdoor"). */
export const NAMING_CUES = /^(?:call|calls|called|calling|branded|brands|labelled|labeled|dubbed|described|describes|accused|accuses|accusing)$/;

export const NO_COMMENT = /^\W*(?:\w+\s+){0,4}?(?:declined|refused|would not|will not|did not|does not|won't|wouldn't|didn't|doesn't|could not|couldn't|was not available|were not available)\s+(?:to\s+)?(?:comment|be drawn)\b/i;

/** "rejected Quillon's argument that scanning would weaken encryption": a claim rejected. */
export const REJECTED_CLAIM = /^\s*(?:(?:the|a|an|this|that|their|its|his|her|[\w'’.-]+(?:'s|’s))\s+){0,3}?(?:argument|arguments|claim|claims|assertion|assertions|suggestion|suggestions|criticism|criticisms|concerns?|fears?|warnings?|view|idea|notion|charge|charges|accusation|accusations|contention|premise|characteri[sz]ation)\s+(?:that\s+|(?=(?:the|this|it|its|their|encryption|a|an)\s))/i;

/** Cues that make a statement an argument rather than a remark. */
export const ARGUING = /^(?:argued|argues|arguing|insisted|insists|warned|warns|contended|contends|maintained|maintains|stressed|stresses|urged|urges|told the court|testified)\b/;

/** A role that says a side ("a longtime advocate of lawful access", "a vocal opponent of the bill"). */
export const SIDE_IN_ROLE = /\b(?:advocate|advocates|champion|champions|supporter|supporters|backer|backers|proponent|proponents|opponent|opponents|critic|critics)\b/i;

/** "people call it a front door", "the so-called golden key": a word before a phrase that names it rather than demands it. */
export const NAMED_BEFORE = /^(?:call|calls|called|calling|so-called|dubbed|term|termed|label|labelled|labeled|describes?|described|known|word|words|phrase)$/;
/** "the order would force …": the modal between a law and what it makes someone do. */
export const WOULD_MODALS = /^(?:would|could|will|can|may|might)$/;
/** "… force the company to …": one party forced (a whole industry forced is a policy, not described law). */
export const ONE_PARTY_FORCED = /^(?:us|them|it|(?:its|our|their) (?:engineers|staff|developers|employees)|the (?:company|firm|provider|maker))\b/;
/** "the Act that they would sooner leave …": a pronoun after "that" starts someone's own clause. */
export const SUBJECT_PRONOUNS = /^(?:they|we|i|he|she|you|it)$/;

/** "decried (what it called) the collapse of lawful interception": the loss of what follows. */
/** "called for" + "the draft to be withdrawn": what a supporting cue asks to go (the thing, then the rest). */
export const ASKED_GONE = new RegExp(String.raw`^\s*((?:the |this |that |its |their )?(?:[\w'-]+\s+){0,4}?)${BE_GONE}`, 'i');
export const LOSS_OF = /^\s*(?:what (?:it|they|he|she) (?:called|calls|described as) )?(?:the )?["“‘']?(collapse|erosion|loss|decline|demise|death|end|disappearance|weakening)["”’']? of\s+/i;

// ---------------------------------------------------------------------------------------------
// The learned fallback's word lists (analysis/stance-fallback.ts)

/** Negators that open a NOT_ scope in the fallback's tokens. */
export const FALLBACK_NEGATORS = new Set(['not', 'never', 'no', 'without', 'nor', 'cannot', 'neither', 'nobody', 'nothing']);

/**
 * Capitalised words of a role or a name that describe a kind of actor rather than name one
 * ("Interior Minister", "Dutch government", "Open Rights Group"). Other capitalised words are
 * names and are dropped.
 */
export const FALLBACK_KIND_WORDS = new Set(
  ('minister ministry interior justice home secretary police commissioner director chief ceo cto cio founder co-founder professor ' +
    'president chair chairman chairwoman officer spokesperson spokesman spokeswoman mp mep senator attorney prosecutor judge ' +
    'detective inspector superintendent commander head digital security cyber privacy data protection rights child children ' +
    'safety government agency commission council committee parliament opposition authority regulator union association ' +
    'group foundation institute university researcher researchers lawyer campaigner campaign charity company firm inc ltd ' +
    'alliance coalition network federation bureau office department intelligence enforcement crime national europe european ' +
    'technology tech engineer cryptographer analyst editor journalist user users parent parents victim victims survivor')
    .split(' '),
);

/** Function words: alone they say nothing of a side (in pairs and under negation they do). */
export const FALLBACK_STOPWORDS = new Set(
  ('a an the and or but of to in on at for from by with as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your them us him me which who whom what when where there here than then so ' +
    'said says say told would will can could should may might must has have had do does did also just into about over after ' +
    'before if because while up out more most some any all one such very').split(' '),
);

/** How a verdict decided by the actor's usual side reads (the reason shown on the card). */
export const USUAL_SIDE = ['usual side of police, interior ministries and child-protection groups', 'usual side of messaging firms, rights groups, researchers and data-protection bodies'] as const;

/** An aside inside a claim, dropped before it is read ("would, in our assessment, undermine"). */
export const STANCE_ASIDE = /,\s*(?:in (?:our|my|its|their|his|her|the \w+'s) (?:view|assessment|opinion|judge?ment|analysis)|(?:we|i|they) (?:believe|think|fear)|in practice|in effect|in fact|frankly|of course|it (?:said|says|added|argued|warned))\s*,/g;

/** "will not create the technical ability to read …": a refusal to make a thing reaches further than "not" before it. */
export const MAKING_VERBS = /^(?:build|create|develop|integrate|install|introduce|insert|implement|add|design|deploy|provide|offer|include|give|grant)$/;
/**
 * Words that look like a verdict and are none, dropped before scoring: "would fight it in the
 * courts, if necessary" (a condition, not a verdict that something is needed); "according to
 * leaked documents", "a leaked draft" (a source, not a harm done by the measure it describes);
 * "54% of adults supported scanning" (a poll's finding, not the pollster's support); "the stolen
 * data had not been encrypted", "no patient data had been misused" (a breach described, not a
 * harm that encryption does); "the chip supports AES-256 encryption", "calls now support up to 50
 * participants" (a product's specification, not anyone's support).
 */
export const NOT_VERDICTS = /\bif (?:necessary|needed|need be|required)\b|\bsupports? (?:up to \d[\d,]*|aes-?\d*|\d+-bit|rsa-?\d*|tls ?[\d.]*|wpa\d?)\b|\bno (?:patient |user |customer |personal |client )?(?:data|records|information|messages) (?:had|has|have|was|were) (?:been )?(?:misused|accessed|stolen|leaked|exposed|lost|compromised)\b|\bstolen (?:credit card |card |customer |patient |personal )?(?:data|credentials|passwords|records|files|devices|phones|laptops|identities|details)\b|\b\d+(?:\.\d+)? ?(?:%|per ?cent|percent) (?:of (?:[\w-]+ ){0,3}?)?(?:supported|backed|favou?red|opposed|rejected|agreed|wanted|said|thought|believed)\b|\bleaked (?:documents?|drafts?|memos?|minutes|notes|papers?|e-?mails?|cables?|reports?|files|copy|copies|version|text|letters?|recordings?|presentation|slides)\b/g;
/** "the phone policy was about attention, not about the encryption bill": the debate named only to be set aside. */
export const DEBATE_SET_ASIDE = /\b(?:not|never|nothing) (?:to do with|about) (?:the |this |that |any )?(?:[\w-]+ ){0,3}(?:bill|law|debate|encryption|scanning|measure|proposal)\b/gi;
/** Harms done to something, as verbs or nouns ("would expose", "a threat to"): said before a topic, the topic is what is harmed. */
export const HARMS = /^(?:damag(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|endanger(?:s|ed|ing)?|threat(?:s|en|ens|ened|ening)?|harm(?:s|ed|ing)?|expos(?:e|es|ed|ing)|erod(?:e|es|ed|ing)|jeopardi[sz](?:e|es|ed|ing)|imperils?|violat(?:e|es|ed|ing|ion)|breach(?:es|ed|ing)?|destroy(?:s|ed|ing)?|wrecks?|guts?|crippl(?:e|es|ing)|corrod(?:e|es|ed|ing)|risks?)$/;
