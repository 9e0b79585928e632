import type {ActorDraft} from './actor-registry.js';
import {companySuffixes} from './lexicon/organisations.js';
import {titleHolders} from './lexicon/titles.js';

/** How references.ts tells what a description ("the minister", "the company", "the institute") fits: role words and organisations' kinds. */

/** "Namhae Heavy Industries Co.", "Sierra Valley Power": a company's last word, in a name that is no body "of" something (the Ministry of Energy). */
export const isCompanyName = (name: string) => companySuffixes.includes(name.split(/\s+/u).at(-1)!) && !/\sof\s/u.test(name);

/** "chair", "chairman" and "chairwoman" are one role word; so are "spokesman" and "spokesperson". */
const roleWord = (word: string) => (titleHolders.get(word) ?? word).replace(/^(chair|spokes|congress|business)(?:man|woman|person)$/u, '$1');
/** Whether a role ("chair of the board", "the club's chairman") has the noun ("chairman", "prime minister"). */
export const roleHas = (role: string, noun: string) => ` ${wordsOf(role).map(roleWord).join(' ')} `.includes(` ${noun.split(/\s+/).map(roleWord).join(' ')} `);

/** An organisation, not a group of people named by a nationality ("Russian forces"). */
export const isOrganisation = (actor: ActorDraft) => actor.type === 'organisation' && !actor.collective;
/** Whether an actor's name or description has the noun: "the institute" of the Honduran Coffee Institute, "the agency" of "Waka Kotahi, the transport agency". */
export const hasNoun = (actor: ActorDraft, noun: string) => roleHas(actor.name, noun) || (actor.role !== null && roleHas(actor.role, noun));

/** What a company calls itself: "a company spokesperson" is the company's, whatever its name. */
export const companyNouns = new Set(['company', 'firm', 'group']);

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}-]+/u);
