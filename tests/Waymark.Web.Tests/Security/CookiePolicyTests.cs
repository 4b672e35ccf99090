namespace Waymark.Web.Tests.Security;

public sealed class CookiePolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5000;https://[::1]:5001", true)]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:80", false)]
    [InlineData("https://waymark.example.org", false)]
    [InlineData("http://*:80", false)]
    [InlineData("", false)]
    public void ServesThisMachineOnly_IsTrueOnlyWhenEveryAddressIsLoopback(string urls, bool expected) =>
        Assert.Equal(expected, WaymarkWeb.ServesThisMachineOnly(urls));
}
