using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Tests.Store;

public abstract class StoreTestsBase : IAsyncLifetime
{
    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    private WaymarkDb Open(string actor = "test") => WaymarkDatabase.Open(Location, TimeProvider.System, actor);

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryScriptOnce()
    {
        await using WaymarkDb db = Open();

        var first = await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
        var second = await SchemaMigrator.MigrateAsync(db, TimeProvider.System);

        Assert.Equal(SchemaMigrator.Scripts(Location.Provider).Select(s => s.Version), first.Select(s => s.Version));
        Assert.Empty(second);
        Assert.Equal(first[^1].Version, await SchemaMigrator.CurrentVersionAsync(db));
    }

    [Fact]
    public async Task RecalculationPoint_SavedAndReadBack_KeepsEveryField_AuditsIt_AndRefusesASecondForThePeriod()
    {
        ReportingPeriod from = ReportingPeriod.Parse("2010/11 Q3");
        var at = new DateTimeOffset(2011, 1, 20, 9, 30, 0, TimeSpan.Zero);
        int indicatorId;
        await using (WaymarkDb db = Open("officer@example.org"))
        {
            await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
            var indicator = new Indicator { Code = "NI 45", Definition = new() { Title = "Re-offending", Unit = Unit.Percent, Polarity = Polarity.Lower, Tolerance = Tolerance.Default, Decimals = 1 } };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            indicatorId = indicator.Id;
            db.RecalculationPoints.Add(new RecalculationPoint { IndicatorId = indicatorId, Period = from, Reason = "A new triage service", AddedBy = "Sam Patel", AddedAt = at });
            await db.SaveChangesAsync();
        }

        await using (WaymarkDb db = Open())
        {
            RecalculationPoint stored = await db.RecalculationPoints.AsNoTracking().SingleAsync();
            Assert.Equal((indicatorId, from, "A new triage service", "Sam Patel", at), (stored.IndicatorId, stored.Period, stored.Reason, stored.AddedBy, stored.AddedAt));
            Assert.Equal("A new triage service", stored.ToDomain().Reason);
            Waymark.Data.Audit.AuditEntry audit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Entity == "recalculation_point");
            Assert.Equal(("officer@example.org", "added"), (audit.Actor, audit.Action));
            Assert.Contains("\"period\":\"2010/11 Q3\"", audit.After, StringComparison.Ordinal);

            db.RecalculationPoints.Add(new RecalculationPoint { IndicatorId = indicatorId, Period = from, Reason = "Again", AddedBy = "Sam Patel", AddedAt = at });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Result_SavedAndReadBack_KeepsEveryField()
    {
        await using (WaymarkDb db = Open())
        {
            await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
            var indicator = new Indicator { Code = "NI 66", Definition = new() { Title = "Reviews on time", Unit = Unit.Percent, Polarity = Polarity.Higher, Tolerance = Tolerance.Default, Decimals = 1 } };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            ReportingPeriod q3 = ReportingPeriod.Parse("2008/09 Q3");
            db.Results.Add(new Result
            {
                IndicatorId = indicator.Id,
                Period = q3,
                PeriodStart = q3.Start,
                Value = 77.4m,
                PredictedYearEnd = 70.0m,
                DataQuality = DataQuality.Ok,
                Commentary = "Two more reviewing officers from Q1",
                EnteredBy = "officer@example.org",
                EnteredAt = new DateTimeOffset(2009, 1, 20, 9, 30, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync();
        }

        await using (WaymarkDb db = Open())
        {
            Result result = await db.Results.SingleAsync();
            Indicator indicator = await db.Indicators.SingleAsync();
            Assert.Equal(ReportingPeriod.Parse("2008/09 Q3"), result.Period);
            Assert.Equal(new DateOnly(2008, 10, 1), result.PeriodStart);
            Assert.Equal(77.4m, result.Value);
            Assert.Equal(70.0m, result.PredictedYearEnd);
            Assert.Equal(Polarity.Higher, indicator.Definition.Polarity);
            Assert.Equal("NI 66", indicator.ToDefinition().Code);
            Assert.Equal(new DateTimeOffset(2009, 1, 20, 9, 30, 0, TimeSpan.Zero), result.EnteredAt);
        }
    }

    [Fact]
    public async Task SaveChanges_ChangedResult_IsAuditedWithBeforeAndAfter()
    {
        await using WaymarkDb db = Open("officer@example.org");
        await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
        var indicator = new Indicator { Code = "NI 43", Definition = new() { Title = "Custody", Unit = Unit.Percent, Polarity = Polarity.Lower, Tolerance = Tolerance.Default, Decimals = 1 } };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        ReportingPeriod q3 = ReportingPeriod.Parse("2008/09 Q3");
        var result = new Result { IndicatorId = indicator.Id, Period = q3, PeriodStart = q3.Start, Value = 11.2m, EnteredBy = "x", EnteredAt = DateTimeOffset.UnixEpoch };
        db.Results.Add(result);
        await db.SaveChangesAsync();

        result.Value = 11.3m;
        await db.SaveChangesAsync();

        var change = await db.AuditLog.SingleAsync(a => a.Entity == "result" && a.Action == "changed");
        Assert.Equal("officer@example.org", change.Actor);
        Assert.Equal("{\"value\":\"11.2\"}", change.Before);
        Assert.Equal("{\"value\":\"11.3\"}", change.After);
        Assert.Equal(1, result.ConcurrencyVersion);
    }

    [Fact]
    public async Task SaveChanges_StaleResult_IsRefusedAndTheNewerValueKept()
    {
        await using (WaymarkDb setup = Open())
        {
            await SchemaMigrator.MigrateAsync(setup, TimeProvider.System);
            var indicator = new Indicator { Code = "NI 43", Definition = new() { Title = "Custody", Unit = Unit.Percent, Polarity = Polarity.Lower, Tolerance = Tolerance.Default, Decimals = 1 } };
            setup.Indicators.Add(indicator);
            await setup.SaveChangesAsync();
            ReportingPeriod q3 = ReportingPeriod.Parse("2008/09 Q3");
            setup.Results.Add(new Result { IndicatorId = indicator.Id, Period = q3, PeriodStart = q3.Start, Value = 11.2m, EnteredBy = "x", EnteredAt = DateTimeOffset.UnixEpoch });
            await setup.SaveChangesAsync();
        }

        await using WaymarkDb first = Open("first");
        await using WaymarkDb second = Open("second");
        Result mine = await first.Results.SingleAsync();
        Result theirs = await second.Results.SingleAsync();
        theirs.Value = 11.5m;
        await second.SaveChangesAsync();

        mine.Value = 11.3m;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using WaymarkDb check = Open();
        Assert.Equal(11.5m, (await check.Results.SingleAsync()).Value);
    }
}
