namespace HeresHealthy.Testing;

/// <summary>
/// A clock that moves only when a test moves it; timers created from it fire as it passes their due time.
/// Written here because Microsoft.Extensions.TimeProvider.Testing does not restore from this package source.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = start;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetUtcNow(DateTimeOffset now)
    {
        List<FakeTimer> due;
        lock (_lock)
        {
            _now = now;
            due = [.. _timers.Where(t => t.DueAt <= now)];
        }

        foreach (var timer in due)
        {
            timer.Fire(now);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Track(FakeTimer timer, bool active)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (active)
            {
                _timers.Add(timer);
            }
        }
    }

    private sealed class FakeTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            var active = dueTime != Timeout.InfiniteTimeSpan;
            DueAt = active ? clock.GetUtcNow() + dueTime : DateTimeOffset.MaxValue;
            clock.Track(this, active);
            return true;
        }

        public void Fire(DateTimeOffset now)
        {
            var periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
            DueAt = periodic ? now + _period : DateTimeOffset.MaxValue;
            clock.Track(this, periodic);
            callback(state);
        }

        public void Dispose() => clock.Track(this, false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
