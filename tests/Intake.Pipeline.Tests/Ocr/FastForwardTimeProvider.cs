namespace Intake.Pipeline.Tests.Ocr;

/// <summary>
/// Virtual time for the OCR client: a delay (Task.Delay with this provider) jumps the clock straight to
/// its end, firing any earlier deadline first (a CancellationTokenSource timeout), so polling that would
/// take minutes runs in milliseconds and a timeout happens exactly when virtual time passes it.
/// Deadlines alone never move the clock; only a waiting client does.
/// </summary>
public sealed class FastForwardTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<VirtualTimer> _pending = [];
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every delay the client waited, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        List<VirtualTimer> due;
        lock (_gate)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return timer;
            }

            timer.Due = _now + dueTime;
            _pending.Add(timer);
            // A CancellationTokenSource's timeout is a deadline: it waits for the clock, it does not move it.
            if (state is CancellationTokenSource)
            {
                return timer;
            }

            _waits.Add(dueTime);
            due = [.. _pending.Where(t => t.Due <= timer.Due).OrderBy(t => t.Due)];
            foreach (var t in due)
            {
                _pending.Remove(t);
            }

            _now = timer.Due;
        }

        // Fire after CreateTimer returns: Task.Delay stores the timer before it may be called back.
        ThreadPool.QueueUserWorkItem(_ =>
        {
            foreach (var t in due)
            {
                t.Fire();
            }
        });
        return timer;
    }

    private void Remove(VirtualTimer timer)
    {
        lock (_gate)
        {
            _pending.Remove(timer);
        }
    }

    private sealed class VirtualTimer(FastForwardTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private int _disposed;

        public DateTimeOffset Due { get; set; }

        public void Fire()
        {
            if (Volatile.Read(ref _disposed) == 0)
            {
                callback(state);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
            Interlocked.Exchange(ref _disposed, 1);
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
