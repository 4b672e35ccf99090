using System.Net;

namespace Waymark.Web.Tests.Indicators;

/// <summary>
/// A measure with figures by group has a table for each breakdown on its page: each group's figure in the council's
/// own LA for the last five periods, and the latest gaps against all and against the other group, with their
/// direction and England's same gaps beside them.
/// </summary>
public sealed class BreakdownPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    // DfE's NEET and participation dashboards, 16-17 year olds NEET or not known. Leeds 2022: all 7.8, no SEN 6.8, EHC plan
    // 13.6, SEN support 13.1, vulnerable groups 25.5; 2021: all 7.9, no figures by group. England 2022: all 4.7, no SEN
    // 4.2, EHC plan 8.6, SEN support 8.4, vulnerable groups 23.6. So Leeds's EHC plan gap is 13.6 - 7.8 = 5.8 against all
    // (England's 8.6 - 4.7 = 3.9) and 13.6 - 6.8 = 6.8 against no SEN (England's 8.6 - 4.2 = 4.4); with no 2021 figure
    // the gaps' direction is not comparable.
    [Fact]
    public async Task NeetBySenStatus_LeedsFiguresByYear_AndTheGapsBesideEnglands()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NEET_NK_16_17");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("By group: Leeds", Html.Row(html, "id=\"breakdown-heading\""));
        Assert.Contains("NEET_NK_16_17 in Leeds by SEN status: each group's figure (percent) by period and its gaps in 2022 (percentage points)", Html.Text(html), StringComparison.Ordinal);
        Assert.Equal("All young people 7.9 7.8 not applicable not applicable not applicable not applicable not applicable not applicable", Html.Row(html, "data-group=\"all\""));
        Assert.Equal("No SEN none 6.8 -1.0 Not comparable -0.5 not applicable not applicable not applicable", Html.Row(html, "data-group=\"no_sen\""));
        Assert.Equal("EHC plan (against No SEN) none 13.6 5.8 Not comparable 3.9 6.8 Not comparable 4.4", Html.Row(html, "data-group=\"ehcp\""));
        Assert.Equal("SEN support (against No SEN) none 13.1 5.3 Not comparable 3.7 6.3 Not comparable 4.2", Html.Row(html, "data-group=\"sen_support\""));
        Assert.Equal("Vulnerable groups none 25.5 17.7 Not comparable 18.9 not applicable not applicable not applicable", Html.Row(html, "data-group=\"vulnerable\""));
        Assert.Equal(2, Html.Count(html, "data-dimension="));
        Assert.DoesNotContain("breakdown-key", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorWithoutFiguresByGroup_HasNoBreakdown()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("PrevRegCPR");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("breakdown-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WideningGapsFilter_LeedsHasNoFiguresByGroupAYearEarlier_NoMeasureIsListed()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators?gaps=widening");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("No measure has a group whose gap against all or against the group it is set against is wider than a year earlier.", Html.Row(html, "id=\"no-widening\""));
        Assert.Equal(0, Html.Count(html, "data-widening="));
    }

    [Fact]
    public async Task GapsFilterOtherThanWidening_IsNamed()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/indicators?gaps=wider");

        Assert.Equal("Error: Choose gaps from the list: 'wider' is not one of them", Html.Row(html, "id=\"gaps-error\""));
    }
}
