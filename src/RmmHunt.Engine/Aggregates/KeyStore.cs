using RmmHunt.Engine.Vectors;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Aggregates;

/// <summary>
/// The values of one group-by column, one per group, with hashing and equality against input rows.
/// Nulls are a value of their own (null keys form one group), as in Kusto.
/// </summary>
internal abstract class KeyStore
{
    public abstract int Hash(Column column, int row);

    /// <summary>
    /// Folds the hash of every row's value into <paramref name="hashes"/> (<c>h * 31 + value hash</c>):
    /// one typed loop per batch and key column instead of a virtual call per row.
    /// </summary>
    public virtual void HashAll(Column column, int rowCount, int[] hashes)
    {
        for (int row = 0; row < rowCount; row++) hashes[row] = hashes[row] * 31 + Hash(column, row);
    }

    public abstract bool Matches(int group, Column column, int row);

    public abstract void Add(Column column, int row);

    public abstract Column Build();

    public static KeyStore Create(KqlType type) => type switch
    {
        KqlType.String => new StringKeys(),
        KqlType.Int => new PrimitiveKeys<int>(type),
        KqlType.Real => new PrimitiveKeys<double>(type),
        KqlType.Decimal => new PrimitiveKeys<decimal>(type),
        KqlType.Bool => new PrimitiveKeys<bool>(type),
        KqlType.Guid => new PrimitiveKeys<Guid>(type),
        KqlType.Dynamic => new DynamicKeys(),
        _ => new PrimitiveKeys<long>(type),
    };

    private sealed class PrimitiveKeys<T>(KqlType type) : KeyStore where T : unmanaged, IEquatable<T>
    {
        private readonly PrimitiveColumnBuilder<T> _builder = (PrimitiveColumnBuilder<T>)ColumnBuilder.Create(type);
        private readonly List<T> _values = [];
        private readonly List<bool> _nulls = [];

        public override int Hash(Column column, int row)
        {
            var c = (PrimitiveColumn<T>)column;
            return c.IsNull(row) ? 0x5bd1e995 : c.Values[row].GetHashCode();
        }

        public override void HashAll(Column column, int rowCount, int[] hashes)
        {
            var c = (PrimitiveColumn<T>)column;
            var values = c.Values;
            if (c.Nulls is null)
            {
                for (int row = 0; row < rowCount; row++) hashes[row] = hashes[row] * 31 + values[row].GetHashCode();
            }
            else base.HashAll(column, rowCount, hashes);
        }

        public override bool Matches(int group, Column column, int row)
        {
            var c = (PrimitiveColumn<T>)column;
            bool isNull = c.IsNull(row);
            return isNull ? _nulls[group] : !_nulls[group] && _values[group].Equals(c.Values[row]);
        }

        public override void Add(Column column, int row)
        {
            var c = (PrimitiveColumn<T>)column;
            _values.Add(c.Values[row]);
            _nulls.Add(c.IsNull(row));
            _builder.AddFrom(column, row);
        }

        public override Column Build() => _builder.Build();
    }

    private sealed class StringKeys : KeyStore
    {
        private readonly List<string> _values = [];

        // The hash of each dictionary code met so far (valid where _stamps holds _generation): the batches
        // a pack's summarize gets share their scan batch's dictionary, and a device or file name repeats
        // over many rows, so hashing it once per code rather than once per row saves most of the hashing.
        // Keyed by the dictionary array itself: a column's dictionary is never changed once built.
        private string[]? _dictionary;
        private int[] _hashes = [];
        private int[] _stamps = [];
        private int _generation;

        public override int Hash(Column column, int row) => StringComparer.Ordinal.GetHashCode(((StringColumn)column)[row]);

        public override void HashAll(Column column, int rowCount, int[] hashes)
        {
            var strings = (StringColumn)column;
            // A dictionary much larger than the batch (a column chunk's, under a few gathered rows) is not worth the table.
            if (strings.Codes is not { } codes || strings.Dictionary!.Length > 4 * rowCount)
            {
                base.HashAll(column, rowCount, hashes);
                return;
            }
            var dictionary = strings.Dictionary;
            if (!ReferenceEquals(dictionary, _dictionary))
            {
                _dictionary = dictionary;
                if (++_generation == int.MaxValue) (_generation, _hashes, _stamps) = (1, [], []);
                if (_hashes.Length < dictionary.Length)
                {
                    _hashes = new int[dictionary.Length];
                    _stamps = new int[dictionary.Length];
                }
            }
            for (int row = 0; row < rowCount; row++)
            {
                int code = codes[row];
                if (_stamps[code] != _generation)
                {
                    _hashes[code] = StringComparer.Ordinal.GetHashCode(dictionary[code]);
                    _stamps[code] = _generation;
                }
                hashes[row] = hashes[row] * 31 + _hashes[code];
            }
        }

        public override bool Matches(int group, Column column, int row) => string.Equals(_values[group], ((StringColumn)column)[row], StringComparison.Ordinal);

        public override void Add(Column column, int row) => _values.Add(((StringColumn)column)[row]);

        public override Column Build() => new StringColumn(_values.ToArray());
    }

    private sealed class DynamicKeys : KeyStore
    {
        private readonly List<object?> _values = [];

        public override int Hash(Column column, int row) => DynValue.DeepHash(column.GetValue(row));

        public override bool Matches(int group, Column column, int row) => DynValue.DeepEquals(_values[group], column.GetValue(row));

        public override void Add(Column column, int row) => _values.Add(column.GetValue(row));

        public override Column Build() => new DynamicColumn(_values.ToArray());
    }
}
