using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Imports;
using Waymark.Data.Measures;
using Waymark.Indicators;

namespace Waymark.Web.Tests.Admin;

/// <summary>A change to an indicator's definition starts the same new version, with or without a series break, whether it is made in the form or by importing indicators.csv.</summary>
public sealed class SeriesBreakTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Theory]
    [InlineData("NI 45", "NI 46", "tolerance", "10%", false)]
    [InlineData("NI 59", "NI 60", "frequency", "annual", false)]
    [InlineData("NI 61", "NI 62", "decimals", "2", true)]
    [InlineData("NI 63", "NI 64", "polarity", "none", true)]
    [InlineData("NI 65", "NI 68", "title", "A new title", null)]
    [InlineData("NI 88", "NI 89", "definition", "Pupils absent for 15% or more of sessions, as a percentage of all pupils", true)]
    public async Task Change_ByFormAndByFile_GivesTheSameVersionAndSeriesBreak(string byForm, string byFile, string part, string value, bool? seriesBreak)
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        Indicator form = await app.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Code == byForm));
        Indicator file = await app.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Code == byFile));

        Dictionary<string, string> fields = Fields(form, part, value);
        string page = $"/admin/indicators/edit/{form.Id}";
        HttpResponseMessage saved = await admin.PostFormAsync(page, page, fields);
        Dictionary<string, string> row = Fields(file, part, value);
        string csv = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals,year_type,definition\n"
            + string.Join(',', new[] { "Code", "Title", "Unit", "Polarity", "Frequency", "Aggregation", "Tolerance", "Decimals", "YearType", "Text" }.Select(k => '"' + row[k] + '"')) + "\n";
        ImportReport report = await app.WithDbAsync(db => IndicatorImport.ImportAsync(db, new StringReader(csv), "indicators.csv", new ImportOptions(WaymarkApp.Administrator, TimeProvider.System)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Kept.Select(p => p.Message)));
        (int Version, bool? Break) afterForm = await LatestAsync(form.Id);
        (int Version, bool? Break) afterFile = await LatestAsync(file.Id);
        Assert.Equal((seriesBreak is null ? form.Version : form.Version + 1, seriesBreak), afterForm);
        Assert.Equal((seriesBreak is null ? file.Version : file.Version + 1, seriesBreak), afterFile);
    }

    private Task<(int, bool?)> LatestAsync(int id) => app.WithDbAsync(async db =>
    {
        Indicator indicator = await db.Indicators.AsNoTracking().Include(i => i.Versions).SingleAsync(i => i.Id == id);
        IndicatorVersion? latest = indicator.Versions.Where(v => v.Version > 1).MaxBy(v => v.Version);
        return (indicator.Version, latest?.SeriesBreak);
    });

    private static Dictionary<string, string> Fields(Indicator i, string part, string value) => new()
    {
        ["Code"] = i.Code,
        ["Title"] = part == "title" ? value : i.Definition.Title,
        ["Unit"] = i.Definition.Unit.ToCode(),
        ["Polarity"] = part == "polarity" ? value : i.Definition.Polarity.ToCode(),
        ["Frequency"] = part == "frequency" ? value : i.Definition.Frequency.ToCode(),
        ["Aggregation"] = i.Definition.Aggregation.ToCode(),
        ["Tolerance"] = part == "tolerance" ? value : i.Definition.Tolerance.ToString(),
        ["Decimals"] = part == "decimals" ? value : i.Definition.Decimals.ToString(CultureInfo.InvariantCulture),
        ["YearType"] = i.Definition.YearType.ToCode(),
        ["Text"] = part == "definition" ? value : i.Definition.Text ?? "",
        ["OwnerId"] = i.OwnerId?.ToString(CultureInfo.InvariantCulture) ?? "",
    };
}
