package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// words renders tokens as the test tables write them: tokens separated by
// spaces, multiword tokens as "du=de+le".
func words(toks []Token) string {
	var parts []string
	for _, t := range toks {
		p := t.Form
		if len(t.Words) > 0 {
			p += "=" + strings.Join(t.Words, "+")
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

var tokenTests = []struct {
	name, text, want string
}{
	{"elision", "L'homme qu'il a vu jusqu'à lorsqu'on s'en va",
		"L' homme qu' il a vu jusqu' à lorsqu' on s' en va"},
	{"typographic apostrophe", "l’Élysée d’abord", "l’ Élysée d’ abord"},
	{"words that keep their apostrophe", "aujourd'hui quelqu'un", "aujourd'hui quelqu'un"},
	{"contractions", "Le prix du pétrole au Brésil et aux États-Unis",
		"Le prix du=de+le pétrole au=à+le Brésil et aux=à+les États-Unis"},
	{"capitalised contraction", "Au début", "Au=À+le début"},
	{"des after a noun is de les", "la fin des combats", "la fin des=de+les combats"},
	{"inverted subject", "Que fera-t-il ? a-t-elle dit, répond-il.",
		"Que fera -t-il ? a -t-elle dit , répond -il ."},
	{"est-ce", "Qu'est-ce que c'est", "Qu' est -ce que c' est"},
	{"hyphenated words stay whole", "peut-être le cessez-le-feu à Saint-Denis, rendez-vous",
		"peut-être le cessez-le-feu à Saint-Denis , rendez-vous"},
	{"thousands and decimals", "1 000 soldats, 25 785 euros, 14,5 % et 3.5", "1 000 soldats , 25 785 euros , 14,5 % et 3.5"},
	{"no-break space in numbers", "2\u00a0500 morts", "2\u00a0500 morts"},
	{"years are not thousands", "en 2024 1 000 fois", "en 2024 1 000 fois"},
	{"French quotes", "« Non », dit-il.", "« Non » , dit -il ."},
	{"English quotes", `“Yes” and "no"`, `“ Yes ” and " no "`},
	{"abbreviations", "M. Dupont, Mme Durand, MM. Smith et le Dr. No, etc.",
		"M. Dupont , Mme Durand , MM. Smith et le Dr. No , etc."},
	{"av. J.-C.", "en 52 av. J.-C. à Alésia", "en 52 av. J.-C. à Alésia"},
	{"initials", "J. K. Rowling", "J. K. Rowling"},
	{"URL keeps its dots, not the final period", "Voir https://www.lemonde.fr/a.html.", "Voir https://www.lemonde.fr/a.html ."},
	{"handles, hashtags and e-mail", "@Elysee #Ukraine contact@newskg.fr", "@Elysee #Ukraine contact@newskg.fr"},
	{"ellipsis and punctuation runs", "Quoi ?! Bon...", "Quoi ?! Bon ..."},
}

func TestTokens(t *testing.T) {
	tk := &Tokenizer{desArticle: map[string]bool{"<default>": false, "a": true}}
	for _, tt := range tokenTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := words(tk.Tokens(tt.text)); got != tt.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestDesAsArticle(t *testing.T) {
	tk := &Tokenizer{desArticle: map[string]bool{"<default>": false, "a": true}}
	if got := words(tk.Tokens("Il a des amis")); got != "Il a des amis" {
		t.Errorf("after 'a', des is the indefinite article: got %s", got)
	}
}

func TestOffsets(t *testing.T) {
	text := "« L’armée russe n’a pas avancé », a déclaré M. Zelensky.\n\nDu côté de Kyiv, 1 000 soldats."
	var zero Tokenizer
	for _, tok := range zero.Tokens(text) {
		if text[tok.Start:tok.End] != tok.Form {
			t.Errorf("token %q has offsets [%d,%d) = %q", tok.Form, tok.Start, tok.End, text[tok.Start:tok.End])
		}
	}
}

var sentenceTests = []struct {
	name, text string
	want       []string
}{
	{"two sentences", "Il pleut. Elle part.", []string{"Il pleut.", "Elle part."}},
	{"abbreviation does not end", "M. Dupont est venu. Il est reparti.", []string{"M. Dupont est venu.", "Il est reparti."}},
	{"closing quote stays", "« Il part. » Puis il revient !", []string{"« Il part. »", "Puis il revient !"}},
	{"lower case does not start a sentence", "Il y a 3 p. ex. des cas... et voilà.", []string{"Il y a 3 p. ex. des cas... et voilà."}},
	{"question then number", "Combien ? 42 morts.", []string{"Combien ?", "42 morts."}},
	{"blank line is a paragraph break", "Titre sans point\n\nLe texte commence", []string{"Titre sans point", "Le texte commence"}},
}

func TestSentences(t *testing.T) {
	var zero Tokenizer
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range zero.Sentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzTokenize checks that any bytes give tokens that tile the text: in
// order, non-empty, with forms equal to their spans, covering every byte
// that is not white space.
func FuzzTokenize(f *testing.F) {
	for _, tt := range tokenTests {
		f.Add(tt.text)
	}
	f.Add("\xff\xfe l'\x80 1 000\u00a0 ...")
	f.Add("'''---...!!!???«»")
	f.Add("http://")
	f.Add("@")
	f.Add("l'")
	f.Add("J.-")
	tk := &Tokenizer{desArticle: map[string]bool{"<default>": true}}
	f.Fuzz(func(t *testing.T, text string) {
		covered := make([]bool, len(text))
		end := 0
		for _, s := range tk.Sentences(text) {
			if len(s.Tokens) == 0 || s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
				t.Fatalf("sentence [%d,%d) does not span its tokens", s.Start, s.End)
			}
			for _, tok := range s.Tokens {
				if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) {
					t.Fatalf("token %q at [%d,%d) after %d", tok.Form, tok.Start, tok.End, end)
				}
				if text[tok.Start:tok.End] != tok.Form {
					t.Fatalf("token form %q is not text[%d:%d]", tok.Form, tok.Start, tok.End)
				}
				for i := tok.Start; i < tok.End; i++ {
					covered[i] = true
				}
				end = tok.End
			}
		}
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !covered[i] && !(unicode.IsSpace(r) || isSpace(r)) {
				t.Fatalf("byte %d (%q) is in no token", i, r)
			}
			i += size
		}
	})
}

// TestLongInputsStayLinear feeds repetitive input that once made elision
// splitting quadratic; it checks the result, and a regression shows up as
// this test taking seconds.
func TestLongInputsStayLinear(t *testing.T) {
	var zero Tokenizer
	text := strings.Repeat("l'", 20000) + "homme"
	toks := zero.Tokens(text)
	if len(toks) != 20001 || toks[len(toks)-1].Form != "homme" {
		t.Errorf("%d tokens, last %q; want 20001 ending in homme", len(toks), toks[len(toks)-1].Form)
	}
}

func TestStraightQuotesAfterFinalPunctuation(t *testing.T) {
	var zero Tokenizer
	text := `Il a dit : "Je pars." Elle répond : "Non !" Puis "Quoi" ? Fin.`
	var got []string
	for _, s := range zero.Sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{`Il a dit : "Je pars."`, `Elle répond : "Non !"`, `Puis "Quoi" ?`, `Fin.`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
