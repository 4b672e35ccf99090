using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Accessibility;

/// <summary>
/// One page as someone sees it: the route pattern that serves it (as the app names it, such as
/// <c>trackers/{id:int}</c>), who is signed in (null for the public) and how they get there.
/// </summary>
public sealed record PageCheck(string Name, string Pattern, string? Who, Func<BrowserSession, BrowserFixture, Task> Open)
{
    public override string ToString() => Name;
}
