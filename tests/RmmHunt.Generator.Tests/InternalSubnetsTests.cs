using RmmHunt.Generator.Truth;

namespace RmmHunt.Generator.Tests;

public class InternalSubnetsTests
{
    [Theory]
    [InlineData("10.0.0.0", true)]
    [InlineData("10.255.255.255", true)]
    [InlineData("11.0.0.10", false)]
    [InlineData("172.15.255.255", false)]
    [InlineData("172.16.0.0", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.0", false)]
    [InlineData("192.168.178.1", true)]
    [InlineData("192.169.4.20", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("fe80::1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Contains_exactly_the_rfc1918_ranges(string? address, bool expected) =>
        Assert.Equal(expected, InternalSubnets.Contains(address));
}
