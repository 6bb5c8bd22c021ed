namespace RmmHunt.Data.Csv.Internals;

/// <summary>Where a field's text lies in its row; <see cref="Escaped"/> when it holds doubled quotes to undo.</summary>
internal struct CsvField
{
    public int Start;
    public int Length;
    public bool Escaped;
}
