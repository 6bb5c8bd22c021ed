using RmmHunt.Fuzzing.Seeds;

namespace RmmHunt.Data.Tests.Formats;

/// <summary>The bundled sample's rows written in every export format (see <see cref="TelemetryFiles"/>).</summary>
internal sealed class FormatFixtures() : TelemetryFiles(SampleRows.Columns, SampleRows.Rows);
