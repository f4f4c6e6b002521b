package fr

// QuoteVerbs attribute a quotation without introducing a reported claim:
// "« … », a réagi X", "a posté X", "s'est exclamé X" (lemmas, without the
// reflexive pronoun). The verbs of ReportingLemmas attribute quotations too.
var QuoteVerbs = map[string]bool{"réagir": true, "poster": true, "tweeter": true, "twitter": true,
	"exclamer": true, "ironiser": true, "résumer": true, "lâcher": true, "plaider": true,
	"renchérir": true, "tonner": true, "glisser": true, "confier": true, "témoigner": true,
	"détailler": true, "nuancer": true, "promettre": true, "relever": true, "observer": true,
	"constater": true, "regretter": true, "dénoncer": true, "indigner": true, "féliciter": true,
	"saluer": true, "espérer": true, "avancer": true, "analyser": true, "trancher": true,
	"admettre": true, "emporter": true, "fustiger": true, "clamer": true, "proclamer": true,
	"jurer": true, "menacer": true, "inquiéter": true, "réclamer": true, "demander": true,
	"parler": true, "évoquer": true, "décrire": true, "citer": true}

// DocumentNouns name texts that "say" things in news French: "précise le
// communiqué" (folded). A quotation attributed to one belongs to the text's
// issuer when the text names it ("le communiqué du Kremlin"), else to no one.
var DocumentNouns = map[string]bool{"communique": true, "texte": true, "declaration": true, "rapport": true,
	"lettre": true, "message": true, "note": true, "document": true, "resolution": true, "courrier": true,
	"tribune": true, "publication": true, "post": true, "tweet": true, "avis": true, "decret": true,
	"jugement": true, "verdict": true, "memorandum": true, "accord": true, "traite": true,
	"motion": true, "ordonnance": true, "bilan": true}

// QuoteSources introduce the source of what follows (folded words):
// "selon elle, …", "d'après le ministre, …".
var QuoteSources = map[string]bool{"selon": true, "d apres": true}

// OfficialNouns name an unnamed official who speaks for a country or an
// organization (folded): "un responsable américain", "un haut représentant
// de la Maison Blanche", "une source diplomatique française".
var OfficialNouns = map[string]bool{"responsable": true, "representant": true, "representante": true,
	"diplomate": true, "source": true, "sources": true, "officiel": true, "membre": true, "cadre": true,
	"fonctionnaire": true, "collaborateur": true, "collaboratrice": true, "entourage": true, "proche": true,
	"emissaire": true, "delegue": true, "deleguee": true, "responsables": true, "diplomates": true}
