using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Waymark.Data.Areas;
using Waymark.Data.Assessments;
using Waymark.Data.Audit;
using Waymark.Data.Breakdowns;
using Waymark.Data.Calendar;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.Notices;
using Waymark.Data.People;
using Waymark.Data.Reports;
using Waymark.Data.Trackers;
using Waymark.Gaps;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Trackers;

namespace Waymark.Data.Store;

/// <summary>
/// The store of record. Every change saved through it is audited (who, when, what, before and after), and a
/// change to a result or tracker made from a stale copy is refused with <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public sealed class WaymarkDb : DbContext
{
    private readonly TimeProvider clock;

    /// <summary>Creates a context; <paramref name="actor"/> is who the audit log names for its changes.</summary>
    public WaymarkDb(DbContextOptions<WaymarkDb> options, TimeProvider clock, string actor)
        : base(options)
    {
        this.clock = clock;
        Actor = actor;
    }

    /// <summary>Who the audit log names for changes saved through this context.</summary>
    public string Actor { get; set; }

    public DbSet<User> Users => Set<User>();

    public DbSet<Council> Councils => Set<Council>();

    public DbSet<Directorate> Directorates => Set<Directorate>();

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Outcome> Outcomes => Set<Outcome>();

    public DbSet<Priority> Priorities => Set<Priority>();

    public DbSet<PriorityContributor> PriorityContributors => Set<PriorityContributor>();

    public DbSet<PriorityBoard> PriorityBoards => Set<PriorityBoard>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorVersion> IndicatorVersions => Set<IndicatorVersion>();

    public DbSet<IndicatorPriority> IndicatorPriorities => Set<IndicatorPriority>();

    public DbSet<IndicatorBoard> IndicatorBoards => Set<IndicatorBoard>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<RecalculationPoint> RecalculationPoints => Set<RecalculationPoint>();

    public DbSet<Result> Results => Set<Result>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<NeighbourModel> NeighbourModels => Set<NeighbourModel>();

    public DbSet<Neighbour> Neighbours => Set<Neighbour>();

    public DbSet<AreaValue> AreaValues => Set<AreaValue>();

    public DbSet<Dimension> Dimensions => Set<Dimension>();

    public DbSet<DimensionGroup> DimensionGroups => Set<DimensionGroup>();

    public DbSet<GroupResult> GroupResults => Set<GroupResult>();

    public DbSet<GroupAreaValue> GroupAreaValues => Set<GroupAreaValue>();

    public DbSet<Tracker> Trackers => Set<Tracker>();

    public DbSet<TrackerAction> TrackerActions => Set<TrackerAction>();

    public DbSet<TrackerStep> TrackerSteps => Set<TrackerStep>();

    public DbSet<ReportingCycle> ReportingCycles => Set<ReportingCycle>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AssessmentScore> AssessmentScores => Set<AssessmentScore>();

    public DbSet<AssessmentFrameworkVersion> AssessmentFrameworks => Set<AssessmentFrameworkVersion>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeChoice> NoticeChoices => Set<NoticeChoice>();

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        List<PendingAudit> pending = PrepareAudit();
        int count = base.SaveChanges(acceptAllChangesOnSuccess);
        if (WriteAudit(pending))
        {
            base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return count;
    }

    /// <inheritdoc/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        List<PendingAudit> pending = PrepareAudit();
        int count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        if (WriteAudit(pending))
        {
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var period = new ValueConverter<ReportingPeriod, string>(p => p.ToString(), s => ReportingPeriod.Parse(s));
        var trackerState = new ValueConverter<TrackerState, string>(t => t.ToCode(), s => ParseOrThrow<TrackerState>(s, TrackerCodes.TryParseState));
        var trackerRating = new ValueConverter<Rating, string>(r => r.ToCode(), s => ParseOrThrow<Rating>(s, TrackerCodes.TryParseRating));
        var trackerDirection = new ValueConverter<DirectionOfTravel, string>(d => d.ToCode(), s => ParseOrThrow<DirectionOfTravel>(s, TrackerCodes.TryParseDirection));

        modelBuilder.Entity<User>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.Email).IsUnique();
            e.HasIndex(u => u.SignInSubject).IsUnique();
            e.Property(u => u.SignInSubject).HasMaxLength(255);
            e.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<UserRole>(e =>
        {
            e.ToTable("user_roles");
            e.HasKey(r => new { r.UserId, r.Role });
        });

        modelBuilder.Entity<Council>(e =>
        {
            e.ToTable("councils");
            e.HasIndex(c => c.Name).IsUnique();
            e.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Directorates).WithOne().HasForeignKey(d => d.CouncilId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Boards).WithOne().HasForeignKey(b => b.CouncilId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Directorate>(e =>
        {
            e.ToTable("directorates");
            e.HasIndex(d => new { d.CouncilId, d.Name }).IsUnique();
        });
        modelBuilder.Entity<Board>(e =>
        {
            e.ToTable("boards");
            e.HasIndex(b => new { b.CouncilId, b.Name }).IsUnique();
            e.Property(b => b.ConcurrencyVersion).IsConcurrencyToken();
        });
        modelBuilder.Entity<Plan>(e =>
        {
            e.ToTable("plans");
            e.HasOne<Council>().WithMany().HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.CouncilId, p.Code }).IsUnique();
            e.HasMany(p => p.Outcomes).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Priorities).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Outcome>(e =>
        {
            e.ToTable("outcomes");
            e.HasIndex(o => new { o.PlanId, o.Code }).IsUnique();
        });
        modelBuilder.Entity<Priority>(e =>
        {
            e.ToTable("priorities");
            e.HasIndex(p => new { p.PlanId, p.Code }).IsUnique();
            e.Property(p => p.ConcurrencyVersion).IsConcurrencyToken();
            e.HasOne<Outcome>().WithMany().HasForeignKey(p => p.OutcomeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Directorate>().WithMany().HasForeignKey(p => p.DirectorateId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.LeadOfficer).WithMany().HasForeignKey(p => p.LeadOfficerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.AccountableDirector).WithMany().HasForeignKey(p => p.AccountableDirectorId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(p => p.Contributors).WithOne().HasForeignKey(c => c.PriorityId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Boards).WithOne().HasForeignKey(b => b.PriorityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PriorityContributor>(e =>
        {
            e.ToTable("priority_contributors");
            e.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PriorityBoard>(e =>
        {
            e.ToTable("priority_boards");
            e.HasKey(b => new { b.PriorityId, b.BoardId });
            e.HasOne<Board>().WithMany().HasForeignKey(b => b.BoardId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Indicator>(e =>
        {
            e.ToTable("indicators");
            e.HasIndex(i => i.Code).IsUnique();
            e.ComplexProperty(i => i.Definition, DefinitionColumns);
            e.HasOne<User>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IndicatorVersion>(e =>
        {
            e.ToTable("indicator_versions");
            e.HasIndex(v => new { v.IndicatorId, v.Version }).IsUnique();
            e.ComplexProperty(v => v.Definition, DefinitionColumns);
        });
        modelBuilder.Entity<IndicatorPriority>(e =>
        {
            e.ToTable("indicator_priorities");
            e.HasKey(x => new { x.IndicatorId, x.PriorityId });
            e.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Priority>().WithMany().HasForeignKey(x => x.PriorityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IndicatorBoard>(e =>
        {
            e.ToTable("indicator_boards");
            e.HasKey(x => new { x.IndicatorId, x.BoardId });
            e.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Board>().WithMany().HasForeignKey(x => x.BoardId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Target>(e =>
        {
            e.ToTable("targets");
            e.Property(t => t.Period).HasConversion(period).HasMaxLength(16);
            e.Property(t => t.ConcurrencyVersion).IsConcurrencyToken();
            e.HasIndex(t => new { t.IndicatorId, t.Period }).IsUnique();
            e.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RecalculationPoint>(e =>
        {
            e.ToTable("recalculation_points");
            e.Property(r => r.Period).HasConversion(period).HasMaxLength(16);
            e.HasIndex(r => new { r.IndicatorId, r.Period }).IsUnique();
            e.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Result>(e =>
        {
            e.ToTable("results");
            e.Property(r => r.Period).HasConversion(period).HasMaxLength(16);
            e.Property(r => r.DataQuality).HasConversion(q => q.ToCode(), s => DataQualityCodes.Parse(s)).HasMaxLength(16);
            e.Property(r => r.ConcurrencyVersion).IsConcurrencyToken();
            e.HasIndex(r => new { r.IndicatorId, r.Period }).IsUnique();
            e.HasIndex(r => r.Period);
            e.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Area>(e =>
        {
            e.ToTable("areas");
            e.HasIndex(a => a.Code).IsUnique();
            e.HasOne<Area>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<NeighbourModel>(e =>
        {
            e.ToTable("neighbour_models");
            e.HasIndex(m => m.Name).IsUnique();
            e.HasMany(m => m.Neighbours).WithOne().HasForeignKey(n => n.ModelId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Neighbour>(e =>
        {
            e.ToTable("neighbours");
            e.HasKey(n => new { n.ModelId, n.AreaId, n.Position });
            e.HasOne<Area>().WithMany().HasForeignKey(n => n.AreaId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Area>().WithMany().HasForeignKey(n => n.NeighbourAreaId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AreaValue>(e =>
        {
            e.ToTable("area_values");
            e.Property(v => v.Period).HasConversion(period).HasMaxLength(16);
            e.HasIndex(v => new { v.IndicatorId, v.Period, v.AreaId }).IsUnique();
            e.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Area>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Dimension>(e =>
        {
            e.ToTable("dimensions");
            e.Property(d => d.Code).HasMaxLength(BreakdownCodes.MaxLength);
            e.Property(d => d.AllGroup).HasMaxLength(BreakdownCodes.MaxLength);
            e.HasIndex(d => d.Code).IsUnique();
            e.HasMany(d => d.Groups).WithOne().HasForeignKey(g => g.DimensionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DimensionGroup>(e =>
        {
            e.ToTable("dimension_groups");
            e.Property(g => g.Code).HasMaxLength(BreakdownCodes.MaxLength);
            e.Property(g => g.Complement).HasMaxLength(BreakdownCodes.MaxLength);
            e.HasIndex(g => new { g.DimensionId, g.Code }).IsUnique();
        });

        modelBuilder.Entity<GroupResult>(e =>
        {
            e.ToTable("group_results");
            e.Property(r => r.Period).HasConversion(period).HasMaxLength(16);
            e.Property(r => r.DataQuality).HasConversion(q => q.ToCode(), s => DataQualityCodes.Parse(s)).HasMaxLength(16);
            e.HasIndex(r => new { r.IndicatorId, r.GroupId, r.Period }).IsUnique();
            e.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DimensionGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<GroupAreaValue>(e =>
        {
            e.ToTable("group_area_values");
            e.Property(v => v.Period).HasConversion(period).HasMaxLength(16);
            e.HasIndex(v => new { v.IndicatorId, v.GroupId, v.Period, v.AreaId }).IsUnique();
            e.HasIndex(v => new { v.AreaId, v.IndicatorId });
            e.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Area>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DimensionGroup>().WithMany().HasForeignKey(v => v.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Tracker>(e =>
        {
            e.ToTable("trackers");
            e.Property(t => t.Period).HasConversion(period).HasMaxLength(16);
            e.Property(t => t.ProposedRating).HasConversion(trackerRating);
            e.Property(t => t.AgreedRating).HasConversion(trackerRating);
            e.Property(t => t.Direction).HasConversion(trackerDirection);
            e.Property(t => t.State).HasConversion(trackerState).HasMaxLength(200);
            e.Property(t => t.ConcurrencyVersion).IsConcurrencyToken();
            e.HasIndex(t => new { t.PriorityId, t.Period }).IsUnique();
            e.HasOne<Priority>().WithMany().HasForeignKey(t => t.PriorityId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(t => t.Actions).WithOne().HasForeignKey(a => a.TrackerId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.TrackerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrackerAction>(e => e.ToTable("tracker_actions"));
        modelBuilder.Entity<TrackerStep>(e =>
        {
            e.ToTable("tracker_steps");
            e.Property(t => t.State).HasConversion(trackerState).HasMaxLength(200);
        });

        modelBuilder.Entity<ReportingCycle>(e =>
        {
            e.ToTable("reporting_cycles");
            e.Property(c => c.Period).HasConversion(period).HasMaxLength(16);
            e.HasIndex(c => new { c.CouncilId, c.Period }).IsUnique();
            e.HasOne<Council>().WithMany().HasForeignKey(c => c.CouncilId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.CycleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Meetings).WithOne().HasForeignKey(m => m.CycleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Deadline>(e => e.ToTable("deadlines"));
        modelBuilder.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.HasOne<Board>().WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AssessmentScore>(e =>
        {
            e.ToTable("assessment_scores");
            e.HasIndex(s => new { s.CouncilId, s.Framework, s.Round, s.Block }).IsUnique();
            e.HasOne<Council>().WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AssessmentFrameworkVersion>(e =>
        {
            e.ToTable("assessment_frameworks");
            e.Property(f => f.Period).HasConversion(period).HasMaxLength(16);
            e.HasIndex(f => new { f.CouncilId, f.Name, f.Version }).IsUnique();
            e.HasOne<Council>().WithMany().HasForeignKey(f => f.CouncilId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Blocks).WithOne().HasForeignKey(b => b.FrameworkId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.CategoryRules).WithOne().HasForeignKey(r => r.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AssessmentBlockDefinition>(e =>
        {
            e.ToTable("assessment_blocks");
            e.Property(b => b.Basis).HasMaxLength(16);
            e.HasMany(b => b.Steps).WithOne().HasForeignKey(s => s.BlockId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(b => b.Indicators).WithOne().HasForeignKey(t => t.BlockId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AssessmentStep>(e => e.ToTable("assessment_steps"));
        modelBuilder.Entity<AssessmentThreshold>(e =>
        {
            e.ToTable("assessment_thresholds");
            e.Property(t => t.AtThreshold).HasMaxLength(16);
            e.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AssessmentCategoryRule>(e => e.ToTable("assessment_category_rules"));

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.HasIndex(a => new { a.Entity, a.EntityKey });
        });

        modelBuilder.Entity<ReportNarrative>(e =>
        {
            e.ToTable("report_narratives");
            e.Property(n => n.Period).HasConversion(period).HasMaxLength(16);
            e.Property(n => n.Section).HasMaxLength(64);
            e.HasIndex(n => new { n.BoardId, n.Period });
            e.HasOne<Board>().WithMany().HasForeignKey(n => n.BoardId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Indicator>().WithMany().HasForeignKey(n => n.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PublishedReport>(e =>
        {
            e.ToTable("published_reports");
            e.Property(r => r.Period).HasConversion(period).HasMaxLength(16);
            e.Property(r => r.Format).HasMaxLength(16);
            e.Property(r => r.ContentHash).HasMaxLength(64);
            e.HasIndex(r => new { r.BoardId, r.Period });
            e.HasOne<Board>().WithMany().HasForeignKey(r => r.BoardId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AccessToken>(e =>
        {
            e.ToTable("access_tokens");
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => t.UserId);
            e.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PasswordReset>(e =>
        {
            e.ToTable("password_resets");
            e.Property(r => r.TokenHash).HasMaxLength(64);
            e.Property(r => r.UsedAt).IsConcurrencyToken();
            e.HasIndex(r => r.TokenHash).IsUnique();
            e.HasIndex(r => r.UserId);
            e.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Notice>(e =>
        {
            e.ToTable("notices");
            e.Property(n => n.Key).HasMaxLength(200);
            e.Property(n => n.ClaimedBy).HasMaxLength(64);
            e.HasIndex(n => n.Key).IsUnique();
            e.HasIndex(n => new { n.State, n.NextAttemptAt });
            e.HasIndex(n => n.UserId);
            e.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<NoticeChoice>(e =>
        {
            e.ToTable("notice_choices");
            e.HasKey(c => c.UserId);
            e.Property(c => c.UserId).ValueGeneratedNever();
            e.Property(c => c.Preference).HasMaxLength(16);
            e.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
            {
                if (property.FindAnnotation(RelationalAnnotationNames.ColumnName) is null)
                {
                    property.SetColumnName(SnakeCase(property.Name));
                }

                if (property.ClrType == typeof(string) && property.GetMaxLength() is null && property.Name is "Code" or "Email" or "Role" or "Kind" or "State" or "Entity" or "Action")
                {
                    property.SetMaxLength(200);
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName("pk_" + entity.GetTableName());
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{entity.GetTableName()}_{string.Join('_', foreignKey.Properties.Select(p => SnakeCase(p.Name)))}");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"ix_{entity.GetTableName()}_{string.Join('_', index.Properties.Select(p => SnakeCase(p.Name)))}");
            }
        }
    }

    private static void DefinitionColumns(ComplexPropertyBuilder<StoredDefinition> definition)
    {
        definition.Property(d => d.Unit).HasConversion(u => u.ToCode(), s => ParseOrThrow<Unit>(s, IndicatorCodes.TryParseUnit)).HasMaxLength(32);
        definition.Property(d => d.Polarity).HasConversion(p => p.ToCode(), s => ParseOrThrow<Polarity>(s, IndicatorCodes.TryParsePolarity)).HasMaxLength(16);
        definition.Property(d => d.Frequency).HasConversion(f => f.ToCode(), s => ParseOrThrow<Frequency>(s, IndicatorCodes.TryParseFrequency)).HasMaxLength(16);
        definition.Property(d => d.Aggregation).HasConversion(a => a.ToCode(), s => ParseOrThrow<Aggregation>(s, IndicatorCodes.TryParseAggregation)).HasMaxLength(16);
        definition.Property(d => d.Tolerance).HasConversion(t => t.ToString(), s => Tolerance.Parse(s));
        definition.Property(d => d.YearType).HasConversion(y => y.ToCode(), s => ParseOrThrow<YearType>(s, IndicatorCodes.TryParseYearType)).HasMaxLength(16);
    }

    private delegate bool CodeParser<T>(ReadOnlySpan<char> text, out T value);

    private static T ParseOrThrow<T>(string text, CodeParser<T> parse) =>
        parse(text, out T value) ? value : throw new InvalidOperationException($"The database holds '{text}', which is not a {typeof(T).Name}.");

    /// <summary><c>PeriodStart</c> becomes <c>period_start</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private List<PendingAudit> PrepareAudit()
    {
        DateTimeOffset now = clock.GetUtcNow();
        var pending = new List<PendingAudit>();
        foreach (EntityEntry entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.State == EntityState.Modified && entry.Properties.FirstOrDefault(p => p.Metadata.Name == "ConcurrencyVersion") is { } version)
            {
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }

            IEnumerable<PropertyEntry> columns = entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties));
            var changed = entry.State == EntityState.Modified
                ? columns.Where(p => p.IsModified && p.Metadata.Name != "ConcurrencyVersion").ToList()
                : columns.Where(p => !p.Metadata.IsPrimaryKey()).ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0)
            {
                continue;
            }

            string? before = entry.State == EntityState.Added ? null : Json(changed.Select(p => (p.Metadata.Name, Stored(p, p.OriginalValue))));
            string action = entry.State switch { EntityState.Added => "added", EntityState.Modified => "changed", _ => "removed" };
            pending.Add(new PendingAudit(entry, action, before, changed, now));
        }

        return pending;
    }

    private bool WriteAudit(List<PendingAudit> pending)
    {
        foreach (PendingAudit p in pending)
        {
            string? after = p.Action == "removed" ? null : Json(p.Changed.Select(x => (x.Metadata.Name, Stored(x, x.CurrentValue))));
            string key = string.Join(',', p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => Convert.ToString(p.Entry.Property(k.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
            AuditLog.Add(new AuditEntry
            {
                At = p.At,
                Actor = Actor,
                Entity = SnakeCase(p.Entry.Metadata.ClrType.Name),
                EntityKey = key,
                Action = p.Action,
                Before = p.Before,
                After = after,
            });
        }

        return pending.Count > 0;
    }

    /// <summary>A value as the store holds it (a tracker's state as <c>agreed</c>, not <c>Agreed</c>), for the audit log.</summary>
    private static object? Stored(PropertyEntry property, object? value) =>
        value is not null && property.Metadata.GetValueConverter() is { } converter ? converter.ConvertToProvider(value) : value;

    private static string Json(IEnumerable<(string Name, object? Value)> values)
    {
        var map = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach ((string name, object? value) in values)
        {
            map[SnakeCase(name)] = value switch
            {
                null => null,
                _ when name is nameof(User.PasswordHash) or nameof(User.SecurityStamp) or nameof(AccessToken.TokenHash) or nameof(User.AuthenticatorKey) or nameof(User.RecoveryCodes) => "(hidden)",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        }

        return JsonSerializer.Serialize(map);
    }

    private sealed record PendingAudit(EntityEntry Entry, string Action, string? Before, List<PropertyEntry> Changed, DateTimeOffset At);
}
