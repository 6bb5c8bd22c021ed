using RmmHunt.Kql.Diagnostics;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>
/// The cached parse of one rule file: everything a <see cref="ParsedFile"/> holds but the file's path and
/// text, which are the caller's (one entry serves every file with the same content, wherever it is).
/// Written field by field rather than by a serializer, because reading it back is what a cold start pays.
/// </summary>
internal static class RuleCacheEntry
{
    public static void Write(BinaryWriter writer, ParsedFile file)
    {
        writer.Write(file.Rule is not null);
        if (file.Rule is { } rule)
        {
            writer.Write(rule.Id);
            writer.Write(rule.Name);
            writer.Write(rule.Description);
            WriteList(writer, rule.RequiredDataConnectors, c => { writer.Write(c.ConnectorId); WriteStrings(writer, c.DataTypes); });
            WriteStrings(writer, rule.Tactics);
            WriteStrings(writer, rule.RelevantTechniques);
            writer.Write(rule.Query);
            WriteList(writer, rule.EntityMappings, e =>
            {
                writer.Write(e.EntityType);
                WriteList(writer, e.FieldMappings, f => { writer.Write(f.Identifier); writer.Write(f.ColumnName); });
            });
            WriteList(writer, rule.Tags, t => { WriteNullable(writer, t.Key); writer.Write(t.Value); });
            WriteNullable(writer, rule.Severity);
            WriteNullable(writer, rule.Version);
            WriteNullable(writer, rule.Kind);
            writer.Write(rule.QueryLine);
            writer.Write(rule.QueryColumn);
            writer.Write(file.IdLine);
            writer.Write(file.IdColumn);
        }
        WriteList(writer, file.Errors, e =>
        {
            writer.Write(e.Line);
            writer.Write(e.Column);
            writer.Write((byte)e.Severity);
            writer.Write(e.Code);
            writer.Write(e.Message);
            WriteNullable(writer, e.SourceLine);
        });
    }

    /// <summary>The entry as the parse of the file at <paramref name="path"/> (its display path) holding <paramref name="text"/>.</summary>
    public static ParsedFile Read(BinaryReader reader, string path, string text)
    {
        HuntingRule? rule = null;
        int idLine = 0, idColumn = 0;
        if (reader.ReadBoolean())
        {
            rule = new HuntingRule
            {
                Id = reader.ReadString(),
                Name = reader.ReadString(),
                Description = reader.ReadString(),
                RequiredDataConnectors = ReadList(reader, () => new DataConnector(reader.ReadString(), ReadStrings(reader))),
                Tactics = ReadStrings(reader),
                RelevantTechniques = ReadStrings(reader),
                Query = reader.ReadString(),
                EntityMappings = ReadList(reader, () => new EntityMapping(reader.ReadString(), ReadList(reader, () => new FieldMapping(reader.ReadString(), reader.ReadString())))),
                Tags = ReadList(reader, () => new RuleTag(ReadNullable(reader), reader.ReadString())),
                Severity = ReadNullable(reader),
                Version = ReadNullable(reader),
                Kind = ReadNullable(reader),
                SourcePath = path,
                QueryLine = reader.ReadInt32(),
                QueryColumn = reader.ReadInt32(),
            };
            idLine = reader.ReadInt32();
            idColumn = reader.ReadInt32();
        }
        var errors = ReadList(reader, () => new RuleLoadError(path, reader.ReadInt32(), reader.ReadInt32(), ReadSeverity(reader), reader.ReadString(), reader.ReadString())
        {
            SourceLine = ReadNullable(reader),
        });
        return new ParsedFile(path, text, rule, idLine, idColumn, [.. errors]);
    }

    private static Severity ReadSeverity(BinaryReader reader)
    {
        var severity = (Severity)reader.ReadByte();
        return Enum.IsDefined(severity) ? severity : throw new InvalidDataException("a cached rule error has an unknown severity");
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> items) => WriteList(writer, items, writer.Write);

    private static string[] ReadStrings(BinaryReader reader) => ReadList(reader, reader.ReadString);

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items) write(item);
    }

    // Arrays, as the rule reader builds its lists. A count beyond what is left of the entry is damage, not a size to allocate.
    private static T[] ReadList<T>(BinaryReader reader, Func<T> read)
    {
        int count = reader.Read7BitEncodedInt();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("a cached list is longer than its entry");
        var items = new T[count];
        for (int i = 0; i < count; i++) items[i] = read();
        return items;
    }

    // A presence flag, because BinaryWriter writes no null strings and "" is a value of its own (a tag's key, a rule's kind).
    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
