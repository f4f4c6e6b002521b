package data

import "embed"

// Models is the models directory: Models.ReadFile("models/parser.bin").
//
//go:embed models/*
var Models embed.FS
