using RmmHunt.Generator.Internals.Model;

namespace RmmHunt.Generator.Internals.Scenarios;

/// <summary>Whose token a process of a traffic profile runs with.</summary>
internal enum AccountKind
{
    System,
    LocalService,
    NetworkService,
    DeviceUser,
}

internal static class AccountKindExtensions
{
    public static Account On(this AccountKind kind, Device device) => kind switch
    {
        AccountKind.System => Account.System,
        AccountKind.LocalService => Account.LocalService,
        AccountKind.NetworkService => Account.NetworkService,
        _ => device.User,
    };
}
