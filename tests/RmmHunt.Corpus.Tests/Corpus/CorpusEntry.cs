namespace RmmHunt.Corpus.Tests.Corpus;

/// <summary>One unique query of the corpus: its file (relative to the corpus folder), where it comes from and its licence.</summary>
internal sealed record CorpusEntry(string File, string SourceRepo, string Licence, string Url);
