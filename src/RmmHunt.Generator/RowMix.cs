using System.Text.Json.Serialization;

namespace RmmHunt.Generator;

/// <summary>
/// Shares of the rows each family of scenarios produces; ordinary traffic fills the rest. The defaults
/// keep ServerEye a few percent of a busy network, as an RMM agent is on a real one.
/// </summary>
public sealed record RowMix
{
    public static RowMix Default { get; } = new();

    /// <summary>ServerEye agents talking to the ServerEye cloud (all match the rule when inside its window).</summary>
    public double ServerEyeAgent { get; init; } = 0.035;

    /// <summary>ServerEye LAN traffic between Sensorhubs and the OCC-Connector (no RemoteUrl; never matches).</summary>
    public double ServerEyeLan { get; init; } = 0.008;

    /// <summary>The seed's five benign scenarios, evenly: rows that match the rule but an exclusion removes.</summary>
    public double ServerEyeBenign { get; init; } = 0.02;

    /// <summary>Matching rows that look like an exclusion but are not (taskhostw.exe, admin_user2, port 5140, ...).</summary>
    public double ExclusionNearMisses { get; init; } = 0.004;

    /// <summary>Rows that mention server-eye/servereye or the vendor but must not match (one true match among them).</summary>
    public double LookAlikes { get; init; } = 0.02;

    /// <summary>AnyDesk, TeamViewer, ScreenConnect, Atera, Splashtop, NinjaRMM.</summary>
    public double OtherRmm { get; init; } = 0.08;

    /// <summary>Replace three rows by ServerEye rows at now−5d−100ns, now−5d and now, to pin the window's inclusive ends.</summary>
    public bool WindowEdges { get; init; } = true;

    /// <summary>Browsers, Office, Windows Update, Defender, DNS, inspected and inbound traffic.</summary>
    [JsonIgnore]
    public double Ordinary => 1 - (ServerEyeAgent + ServerEyeLan + ServerEyeBenign + ExclusionNearMisses + LookAlikes + OtherRmm);

    internal void Validate()
    {
        double[] shares = [ServerEyeAgent, ServerEyeLan, ServerEyeBenign, ExclusionNearMisses, LookAlikes, OtherRmm];
        if (shares.Any(s => s is < 0 or > 1 || double.IsNaN(s)) || Ordinary < -1e-9)
            throw new ArgumentException("row shares must each lie in [0, 1] and add up to at most 1");
    }
}
