using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Waymark.Data.Store;

/// <summary>
/// Hands rows, in batches, to a thread of their own that writes them, so that reading and checking a file goes on
/// while the database takes the rows before. The rows are written in the order they were added; the writer is
/// the only user of the connection until <see cref="Complete"/> or <see cref="Dispose"/> returns. A failure to write
/// is thrown from the next <see cref="Add"/> or from <see cref="Complete"/>.
/// </summary>
internal sealed class BackgroundRows : IDisposable
{
    private const int BatchRows = 1024;
    private const int BatchesInFlight = 4;

    private readonly int width;
    private readonly Action<object?[], int> write;
    private readonly BlockingCollection<(object?[] Values, int Rows)> full = new(BatchesInFlight);
    private readonly ConcurrentBag<object?[]> free = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Thread writer;
    private object?[] batch;
    private int rows;
    private ExceptionDispatchInfo? failure;

    /// <param name="width">The number of values in a row.</param>
    /// <param name="write">Writes the row whose values start at the given index of the array.</param>
    public BackgroundRows(int width, Action<object?[], int> write)
    {
        this.width = width;
        this.write = write;
        batch = new object?[BatchRows * width];
        writer = new Thread(Run) { IsBackground = true, Name = "Waymark staging writer" };
        writer.Start();
    }

    public void Add(ReadOnlySpan<object?> values)
    {
        values[..width].CopyTo(batch.AsSpan(rows * width));
        if (++rows == BatchRows)
        {
            Hand();
        }
    }

    /// <summary>Waits until every row added has been written.</summary>
    public void Complete()
    {
        if (rows > 0)
        {
            Hand();
        }

        full.CompleteAdding();
        writer.Join();
        failure?.Throw();
    }

    public void Dispose()
    {
        if (writer.IsAlive)
        {
            stop.Cancel();
            writer.Join();
        }

        full.Dispose();
        stop.Dispose();
    }

    private void Hand()
    {
        try
        {
            full.Add((batch, rows), stop.Token);
        }
        catch (OperationCanceledException)
        {
            failure!.Throw();
        }

        batch = free.TryTake(out object?[]? reused) ? reused : new object?[BatchRows * width];
        rows = 0;
    }

    private void Run()
    {
        try
        {
            foreach ((object?[] values, int count) in full.GetConsumingEnumerable(stop.Token))
            {
                for (int row = 0; row < count; row++)
                {
                    write(values, row * width);
                }

                free.Add(values);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed before completion: the rows left are not wanted.
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
            stop.Cancel();
        }
    }
}
