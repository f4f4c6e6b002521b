package gazetteer

import "time"

// Dates in the gazetteer are ISO dates to the precision known: "2017",
// "2017-05" or "2017-05-14". They are compared as days (YYYY-MM-DD
// strings), a partial date standing for its first day when it starts a
// period and for its last day when it ends one.

// isDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func isDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// dayFrom is the first day of a date ("" stays "", before every day).
func dayFrom(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// dayTo is the last day of a date.
func dayTo(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return d + "-31"
		}
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return d
}

// documentDay reads a document's date as the day it stands for: the date
// part of an RFC 3339 time, or a partial date as its last day (a text
// dated "2021" is read with what held at the end of 2021). It reports
// false for an empty or unreadable date.
func documentDay(date string) (string, bool) {
	if len(date) > 10 && date[10] == 'T' || len(date) > 10 && date[10] == ' ' {
		date = date[:10]
	}
	if !isDate(date) {
		return "", false
	}
	return dayTo(date), true
}
