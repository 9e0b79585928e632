export const helpText = `
	Usage
	  $ brief                        open the interactive app (on a terminal); the
	                                 filters below open it filtered
	  $ brief search QUERY…          fuzzy search across quotes, facts, places and actors
	  $ brief quotes                 every quote, in article order
	  $ brief facts                  every factual claim, in article order
	  $ brief actors                 people, organisations and states
	  $ brief locations              places, with coordinates
	  $ brief sources                the articles in the corpus
	  $ brief show ID                one record in full, with its paragraph
	  --context N                    … and N paragraphs either side (default 1)
	  $ brief read SOURCE_ID         the whole article, ¶ numbered, its records marked
	                                 (Q quote, F fact, R route, P place; a record id works too)
	  $ brief map                    the places and routes on a map of coastlines and borders
	                                 (the filters below apply; --width N, --height N; else
	                                 the terminal's size); --format geojson for GIS tools

	Articles (your own corpus: $BRIEF_HOME/corpus.json, or --corpus PATH)
	  $ brief ingest FILE|URL|-      extract quotes, speakers, places, figures and facts
	                                 from a plain-text article, a saved page (.html) or an
	                                 address (https://…); - reads stdin
	  --title T, --date YYYY-MM-DD   the article's title and date (else the page's or headline's)
	  --outlet NAME                  who published it (else the page's, or a dateline's: "(Reuters)")
	  $ brief remove SOURCE_ID       remove an ingested article and what only it used

	Briefing prep (stored in $BRIEF_HOME, else $XDG_DATA_HOME/brief)
	  $ brief pin ID [--note TEXT]   pin a record; pinning again updates the note
	  $ brief unpin ID               remove a pin
	  $ brief briefing               the pins in order, with notes (any --format)
	  $ brief briefings              every briefing, with its number of pins
	  $ brief export [--out FILE]    the briefing as cited Markdown, to stdout or FILE
	                                 (a directory gets briefing-NAME-DATE.md; --force
	                                 replaces an existing file)
	  --geojson          with --out FILE.md: the pinned places and routes in FILE.geojson
	  --briefing NAME    work on a named briefing (default: "default")

	Filters (search, lists and the app; repeat a flag to accept any of several)
	  --kind KIND        quote, fact, location, actor or route
	  --actor NAME       records involving an actor: names, aliases, prefixes and typos work
	                     (--actor kirb, --actor moscow means Russia)
	  --location NAME    records involving a place, or places within it (--location kiev)
	  --source ID        one article's records, and the actors and places they involve
	                     (an id or title from brief sources)
	  --limit N          at most N results (search: 20 unless given)
	  --explain          search: which words matched which fields, with how many typos

	Output
	  --json             JSON array (show: one object)
	  --format FORMAT    text (default), json, tsv or md (a Markdown list); geojson for
	                     brief locations and brief map (RFC 7946, [lon, lat])
	  --color, --no-color  colour on a terminal unless NO_COLOR is set
	  --no-mouse         the app leaves the mouse to the terminal (else the wheel scrolls
	                     and a click selects a result)
	  --corpus PATH      read another corpus file (or set BRIEF_CORPUS); otherwise the
	                     shipped corpus and your own ($BRIEF_HOME/corpus.json) are read together

	Search syntax (words may match different fields, or the paragraph around a record)
	  drones caspian     records with both words first, then with either; typos,
	                     plurals and British/American spellings forgiven; "how",
	                     "who is", "the"… never decide
	  with an operator (fuse.js extended search) every word must match:
	  'shahed            contains exactly "shahed"
	  ^kirby             a field starts with "kirby"     ukraine$   ends with "ukraine"
	  !iran              leave out records containing "iran"
	  kyiv | moscow      either side

	Exit status: 0 found, 1 nothing found, 2 error.

	Examples
	  $ brief search caspian
	  $ brief quotes --actor zelensky --json
	  $ brief facts --location kyiv --format md
	  $ brief show q-kirby-supply-route
	  $ brief map --actor kirby
	  $ brief locations --format geojson --location russia
`;

/** What `brief` prints when it cannot open the app: stdin or stdout is not a terminal. */
export const notInteractiveText = 'brief: the interactive app needs a terminal; for scripts use "brief search QUERY", "brief quotes", "brief facts", "brief actors", "brief locations" or "brief show ID" (see brief --help)';
