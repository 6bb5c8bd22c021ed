namespace RmmHunt.Generator.Internals.Model;

/// <summary>How long a process lives, which decides how its PID and creation time repeat across rows.</summary>
internal enum ProcessLifetime
{
    /// <summary>Started at boot and alive for the whole export (services, agents).</summary>
    Service,

    /// <summary>A user application kept open for hours.</summary>
    Session,

    /// <summary>A short-lived helper started for one task.</summary>
    Transient,
}
