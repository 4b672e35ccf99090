using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Trackers;

namespace Waymark.Web.Tests.Trackers;

/// <summary>Starting a tracker makes one draft, however often and however many times at once the button is pressed.</summary>
public sealed class TrackerStartTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Start_Twice_MakesOneDraftAndTellsTheSecondThatItExists()
    {
        (HttpClient officer, int priority) = await OfficerAsync("HW-3a");

        HttpResponseMessage first = await StartAsync(officer, priority);
        HttpResponseMessage second = await StartAsync(officer, priority);
        string html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("The Q4 2010/11 tracker for HW-3a has already been started: open it from the list of trackers", Html.Text(html), StringComparison.Ordinal);
        Assert.Equal(1, await DraftsAsync(priority));
    }

    [Fact]
    public async Task Start_OncePressed_TheListOffersTheDraftAndNoOtherStart()
    {
        (HttpClient officer, int priority) = await OfficerAsync("TP-4a");

        HttpResponseMessage first = await StartAsync(officer, priority);
        string list = Html.Text(await officer.GetStringAsync("/trackers"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.DoesNotMatch("Start the .* tracker for TP-4a", list);
        Assert.Equal(1, await DraftsAsync(priority));
    }

    [Fact]
    public async Task Start_TwentyTimesAtOnce_MakesOneDraftAndTellsTheOthersThatItExists()
    {
        (HttpClient officer, int priority) = await OfficerAsync("LN-1d");

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => StartAsync(officer, priority)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await DraftsAsync(priority));
    }

    private async Task<(HttpClient Officer, int Priority)> OfficerAsync(string code)
    {
        var priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == code).Select(p => new { p.Id, p.LeadOfficerId }).SingleAsync());
        string email = await app.WithDbAsync(db => db.Users.Where(u => u.Id == priority.LeadOfficerId).Select(u => u.Email).SingleAsync());
        return (await app.SignInAsync(email), priority.Id);
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient officer, int priority) =>
        officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });

    private Task<int> DraftsAsync(int priority) => app.WithDbAsync(db => db.Trackers.CountAsync(t => t.PriorityId == priority && t.State == TrackerState.Draft));
}
