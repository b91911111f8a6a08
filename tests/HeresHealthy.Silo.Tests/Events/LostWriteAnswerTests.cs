using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using HeresHealthy.Testing;

namespace HeresHealthy.Silo.Tests.Events;

/// <summary>
/// A write whose answer is lost after it committed (a dropped connection) is never handed to the dispatcher by the
/// writing grain, and a node is not notified of its own commits: the failed write makes the dispatcher read the
/// outbox at once. The poll interval is five minutes, so the delivery below is not the poll's.
/// </summary>
public sealed class LostWriteAnswerTests
{
    [Fact]
    public async Task A_commit_whose_answer_was_lost_reaches_the_subscribers_without_waiting_for_the_poll()
    {
        var target = new AnswerLosingTarget();
        await using var node = await TestNode.StartAsync(target, options => options.EventPollInterval = TimeSpan.FromMinutes(5));
        var log = node.Grains.GetGrain<ILogGrain>(Guid.NewGuid().ToString("N"));
        await log.AppendAsync("answered");
        await Eventually.HoldsAsync(() => node.Events.Seen.Count == 1, "the answered commit was delivered");

        target.LoseNextAnswer = true;
        await Assert.ThrowsAnyAsync<Exception>(() => log.AppendAsync("committed, answer lost"));

        await Eventually.HoldsAsync(() => node.Events.Seen.Count == 2, "the commit whose answer was lost was delivered");
        Assert.Equal("committed, answer lost", node.Events.Seen[1].Deserialize<EntryAppended>().Entry);
    }

    /// <summary>Memory storage whose state store can commit a write and then fail as if its answer never came.</summary>
    private sealed class AnswerLosingTarget : StorageTarget
    {
        private readonly MemoryTarget _memory = new();

        public bool LoseNextAnswer { get; set; }

        public override HeresHealthy.Silo.Hosting.StorageOptions Options => _memory.Options;

        public override IStorageProvider CreateStorage() => new Storage(_memory.CreateStorage(), this);

        private sealed class Storage(IStorageProvider inner, AnswerLosingTarget target) : ForwardingStorage(inner), IStateStore
        {
            public override IStateStore States => this;

            public Task<StoredState?> ReadAsync(StateId grain, CancellationToken cancellationToken) => Inner.States.ReadAsync(grain, cancellationToken);

            public async Task<WriteResult> WriteAsync(StateWrite write, CancellationToken cancellationToken)
            {
                var result = await Inner.States.WriteAsync(write, cancellationToken);
                if (target.LoseNextAnswer)
                {
                    target.LoseNextAnswer = false;
                    throw new TimeoutException("The connection dropped after the commit; the answer never came.");
                }

                return result;
            }
        }
    }
}
