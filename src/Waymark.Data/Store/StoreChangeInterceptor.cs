using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waymark.Data.Store;

/// <summary>Records in <see cref="StoreChanges"/> every save, commit and statement run for its count of rows.</summary>
internal sealed class StoreChangeInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        StoreChanges.Record();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        StoreChanges.Record();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => StoreChanges.Record();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        StoreChanges.Record();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        StoreChanges.Record();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        StoreChanges.Record();
        return ValueTask.FromResult(result);
    }
}
