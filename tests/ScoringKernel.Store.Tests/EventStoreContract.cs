using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ScoringKernel.Store.Tests;

/// <summary>
/// What every event store must do, run once per database (<see cref="SqliteEventStoreTests"/>,
/// <see cref="PostgresEventStoreTests"/>). Each test opens a store on a database of its own.
/// </summary>
public abstract class EventStoreContract
{
    private static readonly DateTimeOffset Noon = new(2015, 3, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A setting naming a new, empty database (the same one each time it is asked for in one test).</summary>
    protected abstract string NewDatabase();

    /// <summary>A plain connection to that database, past the store: to try what the store never does.</summary>
    protected abstract DbConnection OpenRaw(string setting);

    /// <summary>The journal table DbUp records applied scripts in, as this database spells it.</summary>
    protected abstract string JournalTable { get; }

    private static SqlEventStore Open(string setting, TimeProvider? time = null) => EventStores.Open(setting, time);

    [Fact]
    public async Task Appends_to_a_new_stream_and_reads_them_back_stamped()
    {
        var clock = new FixedClock(Noon.AddTicks(1234567));
        await using var store = Open(NewDatabase(), clock);
        var batch = Events.Batch(3, actor: "430423");

        var result = await store.AppendAsync("round-2015", 0, batch);

        var appended = Assert.IsType<AppendResult.Appended>(result);
        Assert.Equal(("round-2015", 3L), (appended.Stream, appended.Version));
        var read = await store.ReadStreamAsync("round-2015");
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Version));
        Assert.Equal(batch, read.Select(e => new NewEvent(e.Type, e.Payload, e.Actor)));
        // Microseconds are what both databases keep; the tick below them is cut.
        Assert.All(read, e => Assert.Equal(Noon.AddTicks(1234560), e.RecordedAt));
        Assert.All(read, e => Assert.Equal(TimeSpan.Zero, e.RecordedAt.Offset));
        Assert.Equal(appended.LastPosition, read[^1].Position);
        Assert.True(read.Select(e => e.Position).SequenceEqual(read.Select(e => e.Position).Order()));
        Assert.Equal(3, await store.CurrentVersionAsync("round-2015"));
        Assert.Equal(0, await store.CurrentVersionAsync("round-2016"));
        Assert.Equal([3L], (await store.ReadStreamAsync("round-2015", fromVersion: 3)).Select(e => e.Version));
    }

    [Fact]
    public async Task A_second_append_goes_on_from_the_version_it_expects_and_is_stamped_at_its_own_time()
    {
        var clock = new FixedClock(Noon);
        await using var store = Open(NewDatabase(), clock);
        await store.AppendAsync("s", 0, Events.Batch(2));
        clock.Now = Noon.AddDays(1);

        var result = await store.AppendAsync("s", 2, Events.Batch(1, from: 3));

        Assert.Equal(3, Assert.IsType<AppendResult.Appended>(result).Version);
        var read = await store.ReadStreamAsync("s");
        Assert.Equal([Noon, Noon, Noon.AddDays(1)], read.Select(e => e.RecordedAt));
    }

    [Theory]
    [InlineData(0)] // the stream exists: "new" is stale
    [InlineData(1)] // behind
    [InlineData(3)] // ahead of the stream: a version it has not reached
    public async Task A_wrong_expected_version_is_a_conflict_with_the_current_version_and_writes_nothing(long expected)
    {
        await using var store = Open(NewDatabase());
        await store.AppendAsync("s", 0, Events.Batch(2));
        var before = await store.ReadAllAsync();

        var result = await store.AppendAsync("s", expected, Events.Batch(2, from: 10));

        Assert.Equal(new AppendResult.Conflict("s", expected, 2), result);
        Assert.Equal(before, await store.ReadAllAsync());
    }

    [Fact]
    public async Task Append_many_lands_in_every_stream_in_one_go()
    {
        await using var store = Open(NewDatabase());
        await store.AppendAsync("unit-430423", 0, Events.Batch(1));

        var result = await store.AppendManyAsync([
            new StreamAppend("unit-430423", 1, Events.Batch(2, from: 2)),
            new StreamAppend("unit-430424", 0, Events.Batch(3)),
        ]);

        var appended = Assert.IsType<AppendManyResult.Appended>(result);
        Assert.Equal([("unit-430423", 3L), ("unit-430424", 3L)], appended.Streams.Select(s => (s.Stream, s.Version)));
        Assert.Equal(3, await store.CurrentVersionAsync("unit-430423"));
        Assert.Equal(3, await store.CurrentVersionAsync("unit-430424"));
    }

    [Fact]
    public async Task Append_many_with_one_stale_stream_changes_no_stream()
    {
        await using var store = Open(NewDatabase());
        await store.AppendAsync("a", 0, Events.Batch(1));
        await store.AppendAsync("c", 0, Events.Batch(2));
        var before = await store.ReadAllAsync();

        var result = await store.AppendManyAsync([
            new StreamAppend("a", 1, Events.Batch(1, from: 2)),   // right
            new StreamAppend("b", 0, Events.Batch(2)),            // right, a new stream
            new StreamAppend("c", 1, Events.Batch(1, from: 9)),   // stale
            new StreamAppend("d", 4, Events.Batch(1)),            // ahead: d does not exist
        ]);

        var conflict = Assert.IsType<AppendManyResult.Conflict>(result);
        Assert.Equal([new AppendResult.Conflict("c", 1, 2), new AppendResult.Conflict("d", 4, 0)], conflict.Streams);
        Assert.Equal(before, await store.ReadAllAsync());
        Assert.Equal(["a", "c"], await store.ListStreamsAsync());
    }

    [Fact]
    public async Task Lists_streams_by_prefix_and_reads_all_in_position_order_in_pages()
    {
        await using var store = Open(NewDatabase());
        await store.AppendAsync("round-2015", 0, Events.Batch(2));
        await store.AppendAsync("unit-430423", 0, Events.Batch(1));
        await store.AppendAsync("round-2016", 0, Events.Batch(1));
        await store.AppendAsync("Round-2017", 0, Events.Batch(1));
        await store.AppendAsync("round_2018", 0, Events.Batch(1));
        await store.AppendAsync("round-2015", 2, Events.Batch(1, from: 3));

        Assert.Equal(["round-2015", "round-2016"], await store.ListStreamsAsync("round-"));
        Assert.Equal(["Round-2017", "round-2015", "round-2016", "round_2018", "unit-430423"], await store.ListStreamsAsync());
        Assert.Empty(await store.ListStreamsAsync("x"));

        var all = await store.ReadAllAsync();
        Assert.Equal(7, all.Count);
        Assert.Equal(["round-2015", "round-2015", "unit-430423", "round-2016", "Round-2017", "round_2018", "round-2015"],
            all.Select(e => e.Stream));
        var paged = new List<StoredEvent>();
        for (var page = await store.ReadAllAsync(1, 3); page.Count > 0; page = await store.ReadAllAsync(page[^1].Position + 1, 3))
            paged.AddRange(page);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Update_and_delete_by_hand_are_refused()
    {
        var setting = NewDatabase();
        await using (var store = Open(setting))
            await store.AppendAsync("s", 0, Events.Batch(2));

        await using var raw = OpenRaw(setting);
        foreach (var sql in new[]
                 {
                     "UPDATE events SET payload = '{\"n\":666}' WHERE version = 1",
                     "UPDATE events SET version = version + 10",
                     "DELETE FROM events WHERE version = 2",
                     "DELETE FROM events",
                 })
        {
            await using var command = raw.CreateCommand();
            command.CommandText = sql;
            var refused = await Assert.ThrowsAnyAsync<DbException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.Message);
        }

        await using var reopened = Open(setting);
        var read = await reopened.ReadStreamAsync("s");
        Assert.Equal(Events.Batch(2).Select(e => e.Payload), read.Select(e => e.Payload));
    }

    [Fact]
    public async Task Migrations_run_once_and_are_recorded()
    {
        var setting = NewDatabase();
        SchemaState first, second;
        await using (var store = Open(setting))
        {
            first = store.Schema;
            await store.AppendAsync("s", 0, Events.Batch(1));
        }
        await using (var store = Open(setting))
        {
            second = store.Schema;
            Assert.Equal(1, await store.CurrentVersionAsync("s"));
        }

        Assert.Equal(2, first.AppliedNow.Count);
        Assert.EndsWith("0001_events.sql", first.AppliedNow[0]);
        Assert.EndsWith("0002_chain.sql", first.AppliedNow[1]);
        Assert.Equal(first.AppliedNow, first.Applied);
        Assert.Empty(second.AppliedNow);
        Assert.Equal(first.AppliedNow, second.Applied);
        await using var raw = OpenRaw(setting);
        await using var command = raw.CreateCommand();
        command.CommandText = $"SELECT scriptname FROM {JournalTable} ORDER BY scriptname";
        Assert.Equal(first.AppliedNow[0], await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Every_event_is_chained_to_the_one_before_and_rows_from_before_the_chain_get_their_hashes_at_start_up()
    {
        var setting = NewDatabase();
        IReadOnlyList<StoredEvent> written;
        await using (var store = Open(setting))
        {
            await store.AppendAsync("s", 0, Events.Batch(3));
            await store.AppendAsync("s", 3, Events.Batch(2));
            written = await store.ReadStreamAsync("s");
            var head = "";
            foreach (var e in written) head = EventChain.Hash(head, e.Stream, e.Version, e.Type, e.Actor, e.RecordedAt, e.Payload);
            Assert.Equal(head, written[^1].Hash);
            Assert.Equal(new StreamHead(5, head), await store.ReadHeadAsync("s"));
            Assert.IsType<ChainVerdict.Intact>(EventChain.Verify(StreamHead.None, written, await store.ReadHeadAsync("s")));
        }
        // As a database from before migration 0002 would be: no hashes, no heads.
        await using (var raw = OpenRaw(setting))
        {
            await using var command = raw.CreateCommand();
            command.CommandText = (raw is Microsoft.Data.Sqlite.SqliteConnection ? "DROP TRIGGER events_no_update; " : "DROP TRIGGER events_no_update_or_delete ON events; ")
                + "UPDATE events SET hash = NULL; DELETE FROM stream_heads;";
            await command.ExecuteNonQueryAsync();
        }
        await using (var store = Open(setting))
        {
            var filled = await store.ReadStreamAsync("s");
            Assert.Equal(written.Select(e => e.Hash), filled.Select(e => e.Hash));
            Assert.Equal(new StreamHead(5, written[^1].Hash), await store.ReadHeadAsync("s"));
        }
    }

    [Fact]
    public async Task Refuses_what_is_not_an_event()
    {
        await using var store = Open(NewDatabase());
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s", 0, []));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("", 0, Events.Batch(1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.AppendAsync("s", -1, Events.Batch(1)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s", 0, [new NewEvent("T", "{not json", "a")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s", 0, [new NewEvent("", "{}", "a")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s", 0, [new NewEvent("T", "{}", "")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s\0", 0, Events.Batch(1)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("s", 0, [new NewEvent("T\ud800", "{}", "a")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendManyAsync([
            new StreamAppend("s", 0, Events.Batch(1)), new StreamAppend("s", 1, Events.Batch(1))]));
        Assert.Empty(await store.ReadAllAsync());
    }

    [Fact]
    public async Task Fifty_writers_retrying_on_conflict_leave_one_unbroken_stream()
    {
        const int writers = 50, appendsEach = 4;
        await using var store = Open(NewDatabase());
        var conflicts = 0;
        var attempts = 0;
        var start = new TaskCompletionSource();

        async Task Writer(int w)
        {
            await start.Task;
            for (var i = 0; i < appendsEach; i++)
            {
                var e = new NewEvent("Appended", JsonSerializer.Serialize(new { writer = w, i }), $"writer-{w}");
                while (true)
                {
                    Interlocked.Increment(ref attempts);
                    var current = await store.CurrentVersionAsync("round-2015");
                    var result = await store.AppendAsync("round-2015", current, [e]);
                    if (result is AppendResult.Appended) break;
                    var conflict = Assert.IsType<AppendResult.Conflict>(result);
                    Assert.Equal(current, conflict.ExpectedVersion);
                    Assert.True(conflict.CurrentVersion > current);
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))).ToArray();
        start.SetResult();
        await Task.WhenAll(tasks);

        var read = await store.ReadStreamAsync("round-2015");
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(v => (long)v), read.Select(e => e.Version));
        Assert.Equal(writers * appendsEach, read.Select(e => e.Payload).Distinct().Count());
        Assert.All(Enumerable.Range(0, writers), w => Assert.Equal(appendsEach, read.Count(e => e.Actor == $"writer-{w}")));
        // Every attempt either landed once or came back as a conflict: none vanished, none threw.
        Assert.Equal(attempts, writers * appendsEach + conflicts);
    }

    [Fact]
    public async Task Fifty_exclusive_writers_each_decide_on_the_stream_the_one_before_left()
    {
        const int writers = 50;
        await using var store = Open(NewDatabase());
        var start = new TaskCompletionSource();
        var seen = new ConcurrentBag<(int Writer, long Head, int Newer)>();

        async Task<IReadOnlyList<StoredEvent>> Writer(int w)
        {
            await start.Task;
            // Each writer knows nothing (version 0): it is given every event before it, and appends the next number.
            return await store.AppendExclusiveAsync("round-2015", 0, (head, newer) =>
            {
                seen.Add((w, head.Version, newer.Count));
                Assert.Equal(head.Version, newer.Count);
                Assert.Equal(head.Hash, newer.Count == 0 ? StreamHead.None.Hash : newer[^1].Hash);
                return [new NewEvent("Counted", JsonSerializer.Serialize(new { writer = w, after = head.Version }), $"writer-{w}")];
            });
        }

        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))).ToArray();
        start.SetResult();
        var answers = await Task.WhenAll(tasks);

        var read = await store.ReadStreamAsync("round-2015");
        Assert.Equal(Enumerable.Range(1, writers).Select(v => (long)v), read.Select(e => e.Version));
        // Every writer was told exactly the event it appended, as read back.
        Assert.Equal(read.Select(e => (e.Version, e.Hash, e.Actor)).Order(),
            answers.Select(a => Assert.Single(a)).Select(e => (e.Version, e.Hash, e.Actor)).Order());
        // Each decided on the head the one before left: "after" is its version - 1.
        Assert.All(read, e => Assert.Contains($"\"after\":{e.Version - 1}", e.Payload, StringComparison.Ordinal));
        Assert.Equal(writers, seen.Count);
        var recorded = await store.ReadHeadAsync("round-2015");
        Assert.Equal(new ChainVerdict.Intact(recorded), EventChain.Verify(StreamHead.None, read, recorded));
    }

    [Fact]
    public async Task An_exclusive_writer_whose_decision_throws_fails_alone()
    {
        await using var store = Open(NewDatabase());
        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, 20).Select(w => Task.Run(async () =>
        {
            await start.Task;
            return await store.AppendExclusiveAsync("s", 0, (head, _) =>
                w % 4 == 0 ? throw new InvalidOperationException($"writer {w} cannot decide")
                : w % 4 == 1 ? [] : [Events.Numbered(w, $"writer-{w}")]);
        })).ToArray();
        start.SetResult();
        try { await Task.WhenAll(tasks); } catch (InvalidOperationException) { }

        Assert.All(Enumerable.Range(0, 20).Where(w => w % 4 == 0), w => Assert.IsType<InvalidOperationException>(tasks[w].Exception?.InnerException));
        Assert.All(Enumerable.Range(0, 20).Where(w => w % 4 == 1), w => Assert.Empty(tasks[w].Result));
        var read = await store.ReadStreamAsync("s");
        Assert.Equal(10, read.Count);
        Assert.Equal(Enumerable.Range(0, 20).Where(w => w % 4 > 1).Select(w => $"writer-{w}").Order(), read.Select(e => e.Actor).Order());
    }

    [Fact]
    public async Task Of_two_writers_racing_on_one_expected_version_exactly_one_wins()
    {
        await using var store = Open(NewDatabase());
        for (var round = 0; round < 20; round++)
        {
            var stream = $"race-{round}";
            await store.AppendAsync(stream, 0, Events.Batch(1));
            var go = new TaskCompletionSource();
            var racers = new[] { "left", "right" }.Select(actor => Task.Run(async () =>
            {
                await go.Task;
                return await store.AppendAsync(stream, 1, [Events.Numbered(2, actor)]);
            })).ToArray();
            go.SetResult();
            var results = await Task.WhenAll(racers);

            var winner = Assert.Single(results.OfType<AppendResult.Appended>());
            Assert.Equal(2, winner.Version);
            Assert.Equal(new AppendResult.Conflict(stream, 1, 2), Assert.Single(results.OfType<AppendResult.Conflict>()));
            Assert.Equal(2, (await store.ReadStreamAsync(stream)).Count);
        }
    }

    [Fact]
    public async Task Replaying_a_stream_gives_back_exactly_what_was_appended_in_order()
    {
        var clock = new FixedClock(Noon);
        await using var store = Open(NewDatabase(), clock);
        var text = ArbMap.Default.GeneratorFor<NonEmptyString>()
            .Select(s => s.Get)
            .Where(s => !s.Contains('\0') && !HasLoneSurrogate(s));
        var payload = Gen.OneOf(
            text.Select(s => JsonSerializer.Serialize(new { note = s })),
            ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Constant("""{ "spaced" : [1, 2.50, "三"] ,"kept":"as is" }"""),
            Gen.Constant("null"));
        var newEvent = from type in text from json in payload from actor in text select new NewEvent(type, json, actor);
        var batches = Gen.NonEmptyListOf(Gen.NonEmptyListOf(newEvent).Resize(5)).Resize(6);
        var stream = 0;

        Prop.ForAll(Arb.From(batches), (List<List<NewEvent>> appended) =>
        {
            var name = $"prop-{Interlocked.Increment(ref stream)}";
            var version = 0L;
            foreach (var batch in appended)
            {
                var result = store.AppendAsync(name, version, batch).GetAwaiter().GetResult();
                version = Assert.IsType<AppendResult.Appended>(result).Version;
            }
            var read = store.ReadStreamAsync(name).GetAwaiter().GetResult();
            return Enumerable.SequenceEqual(read.Select(e => new NewEvent(e.Type, e.Payload, e.Actor)), appended.SelectMany(b => b))
                   && Enumerable.SequenceEqual(read.Select(e => e.Version), Enumerable.Range(1, read.Count).Select(v => (long)v));
        }).QuickCheckThrowOnFailure();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
