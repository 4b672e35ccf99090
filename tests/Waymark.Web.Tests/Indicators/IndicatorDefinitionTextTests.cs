using System.Net;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Indicators;

/// <summary>An indicator's definition in words, as the administrator writes it, the indicator page shows it and the API gives it.</summary>
public sealed class IndicatorDefinitionTextTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Text = "Persistent absentees (15% or more of sessions missed) as a percentage of all secondary pupils";

    [Fact]
    public async Task Definition_WrittenInTheForm_IsShownOnTheIndicatorPageAndGivenByTheApi()
    {
        int id = await app.IndicatorIdAsync("NI 87");
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        (HttpStatusCode before, string page) = await admin.GetPageAsync($"/indicators/{id}");
        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal("not given", Html.Row(page, "id=\"definition\""));

        Indicator i = await app.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(x => x.Id == id));
        string form = $"/admin/indicators/edit/{id}";
        HttpResponseMessage saved = await admin.PostFormAsync(form, form, new()
        {
            ["Code"] = i.Code,
            ["Title"] = i.Definition.Title,
            ["Text"] = "  " + Text + " ",
            ["Unit"] = i.Definition.Unit.ToCode(),
            ["Polarity"] = i.Definition.Polarity.ToCode(),
            ["Frequency"] = i.Definition.Frequency.ToCode(),
            ["Aggregation"] = i.Definition.Aggregation.ToCode(),
            ["Tolerance"] = i.Definition.Tolerance.ToString(),
            ["Decimals"] = i.Definition.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["YearType"] = i.Definition.YearType.ToCode(),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (_, string after) = await admin.GetPageAsync($"/indicators/{id}");
        Assert.Equal(Text, Html.Row(after, "id=\"definition\""));
        (_, string edit) = await admin.GetPageAsync(form);
        Assert.Equal(Text, Html.Row(edit, "id=\"definition\""));
        HttpClient member = await app.TokenClientAsync(WaymarkApp.Member);
        JsonElement indicator = await ApiFiguresTests.GetJsonAsync(member, $"/api/indicators/{id}");
        Assert.Equal(Text, indicator.GetProperty("definition").GetString());
        IndicatorVersion latest = await app.WithDbAsync(db => db.IndicatorVersions.AsNoTracking().Where(v => v.IndicatorId == id).OrderByDescending(v => v.Version).FirstAsync());
        Assert.Equal((i.Version + 1, true, Text), (latest.Version, latest.SeriesBreak, latest.Definition.Text));
    }
}
