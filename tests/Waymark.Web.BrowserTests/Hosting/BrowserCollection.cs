namespace Waymark.Web.BrowserTests.Hosting;

/// <summary>Every browser test shares one server and one browser, and the tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
