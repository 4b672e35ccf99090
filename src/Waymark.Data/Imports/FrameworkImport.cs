using Waymark.Data.Files;
using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports a framework file (<c>docs/framework-format.md</c>): a council's directorates, boards, users, plans,
/// outcomes and improvement priorities, which indicators are aligned to each priority and relevant to each
/// board, action trackers, the reporting calendar and assessment scores. All or nothing; records are matched by
/// their natural keys, so importing the same file again changes nothing, and every change is audited. The
/// indicators it names must already be stored.
/// </summary>
public static class FrameworkImport
{
    /// <summary>Imports the framework in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        FrameworkDocument? file = await FrameworkFile.ReadAsync(text, fileName, problems, cancellationToken).ConfigureAwait(false);
        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (file is null || problems.Any)
        {
            return await session.FinishAsync(new ImportReport("framework", fileName, file?.Records ?? 0, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        FrameworkMerge merge = await FrameworkMerge.LoadAsync(db, file, cancellationToken).ConfigureAwait(false);
        merge.Check(fileName, problems);
        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("framework", fileName, file.Records, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = await merge.ApplyAsync(cancellationToken).ConfigureAwait(false);
        return await session.FinishAsync(new ImportReport("framework", fileName, file.Records, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }
}
