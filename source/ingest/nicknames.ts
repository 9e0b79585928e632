/**
 * A nickname written in quotation marks inside a name: "Maricel “Cel” Abuda",
 * Jean-Claude "Papa Cobalt" Tshibangu — one to three capitalised words, the
 * one pattern that quotes, names and the registry read.
 */
export const nicknameWords = String.raw`\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,2}`;
