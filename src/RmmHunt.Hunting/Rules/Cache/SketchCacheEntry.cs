using RmmHunt.Engine.Execution;
using RmmHunt.Engine.Sources;
using RmmHunt.Kql.Symbols;

namespace RmmHunt.Hunting.Rules.Cache;

/// <summary>The bytes of one <see cref="ScanSketch"/> in a <see cref="SketchCache"/> file.</summary>
internal static class SketchCacheEntry
{
    public static void Write(BinaryWriter writer, ScanSketch sketch)
    {
        writer.Write(sketch.TableName);
        writer.Write(sketch.Columns.Count);
        foreach (int column in sketch.Columns) writer.Write(column);
        writer.Write(sketch.Needles is not null);
        if (sketch.Needles is { } needles)
        {
            writer.Write(needles.Clauses.Count);
            foreach (var clause in needles.Clauses)
            {
                writer.Write(clause.AnyOf.Count);
                for (int i = 0; i < clause.AnyOf.Count; i++)
                {
                    writer.Write(clause.AnyOf[i]);
                    WriteOptional(writer, clause.ColumnOf(i));
                }
                writer.Write(clause.Columns is not null);
            }
        }
        writer.Write(sketch.Time is not null);
        if (sketch.Time is { } time)
        {
            writer.Write(time.Column);
            WriteBound(writer, time.Min);
            WriteBound(writer, time.Max);
        }
        writer.Write(sketch.Result.Name);
        writer.Write(sketch.Result.Columns.Count);
        foreach (var column in sketch.Result.Columns)
        {
            writer.Write(column.Name);
            writer.Write((int)column.Type);
        }
    }

    /// <summary>The sketch, or an <see cref="InvalidDataException"/> for bytes that are not one.</summary>
    public static ScanSketch Read(BinaryReader reader)
    {
        string table = reader.ReadString();
        var columns = new int[Count(reader)];
        for (int i = 0; i < columns.Length; i++) columns[i] = reader.ReadInt32();
        NeedleConjunction? needles = null;
        if (reader.ReadBoolean())
        {
            var clauses = new NeedleClause[Count(reader)];
            for (int c = 0; c < clauses.Length; c++)
            {
                var anyOf = new string[Count(reader)];
                var of = new string?[anyOf.Length];
                for (int i = 0; i < anyOf.Length; i++)
                {
                    anyOf[i] = reader.ReadString();
                    of[i] = ReadOptional(reader);
                }
                clauses[c] = new NeedleClause(anyOf, reader.ReadBoolean() ? of : null);
            }
            needles = new NeedleConjunction(clauses);
        }
        SketchTimeRange? time = reader.ReadBoolean() ? new SketchTimeRange(reader.ReadString(), ReadBound(reader), ReadBound(reader)) : null;
        string name = reader.ReadString();
        var result = new ColumnSymbol[Count(reader)];
        for (int i = 0; i < result.Length; i++)
        {
            string column = reader.ReadString();
            int type = reader.ReadInt32();
            if (!Enum.IsDefined((KqlType)type)) throw new InvalidDataException($"no column type {type}");
            result[i] = new ColumnSymbol(column, (KqlType)type);
        }
        return new ScanSketch(table, columns, needles, time, new TableSchema(name, result));
    }

    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        return count is >= 0 and <= 1 << 20 ? count : throw new InvalidDataException($"a count of {count}");
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteBound(BinaryWriter writer, SketchTimeBound? bound)
    {
        writer.Write(bound is not null);
        if (bound is null) return;
        writer.Write(bound.FromNow);
        writer.Write(bound.Ticks);
    }

    private static SketchTimeBound? ReadBound(BinaryReader reader) => reader.ReadBoolean() ? new SketchTimeBound(reader.ReadBoolean(), reader.ReadInt64()) : null;
}
