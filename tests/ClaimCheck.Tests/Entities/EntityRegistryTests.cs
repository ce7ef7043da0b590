using System.Collections.Immutable;
using ClaimCheck.Entities;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Entities;

public sealed class EntityRegistryTests
{
    private static EntityRegistry Registry => EntityRegistry.Default;

    private static string[] Ids(string text) => [.. Registry.FindMentions(text).Select(m => m.Entity.Id)];

    private static EntityMention Single(string text)
    {
        var mentions = Registry.FindMentions(text);
        mentions.Should().ContainSingle($"'{text}' should mention exactly one entity");
        return mentions[0];
    }

    private static JArray CountryData()
    {
        using var stream = typeof(EntityRegistry).Assembly.GetManifestResourceStream("ClaimCheck.Resources.countries.json");
        stream.Should().NotBeNull();
        using var reader = new StreamReader(stream!);
        return (JArray)JObject.Parse(reader.ReadToEnd())["entities"]!;
    }

    // --- capitals, demonyms, abbreviations -------------------------------------------------

    [TestCase("Tehran", "IRN")]
    [TestCase("Cairo", "EGY")]
    [TestCase("Baghdad", "IRQ")]
    [TestCase("Moscow", "RUS")]
    [TestCase("Washington", "USA")]
    [TestCase("Washington, D.C.", "USA")]
    [TestCase("Ankara", "TUR")]
    [TestCase("Kyiv", "UKR")]
    [TestCase("Kiev", "UKR")]
    [TestCase("Bogota", "COL")]
    [TestCase("Kingston", "JAM")]
    public void Capital_ResolvesToItsCountry(string capital, string id)
    {
        var mention = Single($"Officials in {capital} said so.");
        mention.Entity.Id.Should().Be(id);
        mention.Form.Should().Be(MentionForm.Capital);
        mention.Text.Should().Be(capital);
    }

    [TestCase("Iraqi", "IRQ")]
    [TestCase("Iraqis", "IRQ")]
    [TestCase("American", "USA")]
    [TestCase("Americans", "USA")]
    [TestCase("Russian", "RUS")]
    [TestCase("Russians", "RUS")]
    [TestCase("Israeli", "ISR")]
    [TestCase("Israelis", "ISR")]
    [TestCase("Saudis", "SAU")]
    [TestCase("British", "GBR")]
    [TestCase("Britons", "GBR")]
    [TestCase("Emirati", "ARE")]
    [TestCase("Dominican", "DOM")]
    [TestCase("Congolese", "COD")]
    [TestCase("Dutch", "NLD")]
    public void Demonym_SingularOrPlural_ResolvesToItsCountry(string demonym, string id)
    {
        var mention = Single($"The {demonym} delegation left.");
        mention.Entity.Id.Should().Be(id);
        mention.Form.Should().Be(MentionForm.Demonym);
        mention.Text.Should().Be(demonym);
    }

    [TestCase("U.S.", "USA")]
    [TestCase("US", "USA")]
    [TestCase("USA", "USA")]
    [TestCase("U.S.A.", "USA")]
    [TestCase("UK", "GBR")]
    [TestCase("U.K.", "GBR")]
    [TestCase("UAE", "ARE")]
    [TestCase("DRC", "COD")]
    [TestCase("DPRK", "PRK")]
    public void Abbreviation_ResolvesToItsCountry(string abbreviation, string id)
    {
        var mention = Single($"Talks with the {abbreviation} resumed on Monday.");
        mention.Entity.Id.Should().Be(id);
        mention.Form.Should().Be(MentionForm.Abbreviation);
        mention.Text.Should().Be(abbreviation);
    }

    [TestCase("Iraq", "IRQ", MentionForm.Name)]
    [TestCase("Republic of Iraq", "IRQ", MentionForm.Alias)]
    [TestCase("Britain", "GBR", MentionForm.Alias)]
    [TestCase("Great Britain", "GBR", MentionForm.Alias)]
    [TestCase("Turkey", "TUR", MentionForm.Alias)]
    [TestCase("Türkiye", "TUR", MentionForm.Name)]
    [TestCase("Turkiye", "TUR", MentionForm.Alias)]
    [TestCase("Russian Federation", "RUS", MentionForm.Alias)]
    [TestCase("South Korea", "KOR", MentionForm.Name)]
    [TestCase("North Korea", "PRK", MentionForm.Name)]
    [TestCase("Holland", "NLD", MentionForm.Alias)]
    [TestCase("Côte d'Ivoire", "CIV", MentionForm.Alias)]
    [TestCase("Czech Republic", "CZE", MentionForm.Alias)]
    [TestCase("Congo", "COG", MentionForm.Alias)]
    [TestCase("Georgia", "GEO", MentionForm.Name)]
    [TestCase("Guinea-Bissau", "GNB", MentionForm.Name)]
    [TestCase("Papua New Guinea", "PNG", MentionForm.Name)]
    [TestCase("Holy See", "VAT", MentionForm.Alias)]
    [TestCase("Palestine", "PSE", MentionForm.Name)]
    [TestCase("Kosovo", "UNK", MentionForm.Name)]
    [TestCase("Taiwan", "TWN", MentionForm.Name)]
    [TestCase("People's Republic of China", "CHN", MentionForm.Alias)]
    [TestCase("Republic of China", "TWN", MentionForm.Alias)]
    public void NameOrAlias_ResolvesToItsCountry(string name, string id, MentionForm form)
    {
        var mention = Single($"Ties with {name} improved.");
        mention.Entity.Id.Should().Be(id);
        mention.Form.Should().Be(form);
        mention.Text.Should().Be(name);
    }

    // --- case, boundaries, possessives -------------------------------------------------------

    [TestCase("Let us talk.")]
    [TestCase("Give us the turkey and the china.")]
    [TestCase("They said iraq and iran.")]
    [TestCase("opec and nato.")]
    [TestCase("Irani wrote about Iraqistan and Americana.")]
    [TestCase("The western edge of town and the west wing.")]
    [TestCase("")]
    public void LowercaseWordsAndPartialWords_AreNotMentions(string text) =>
        Registry.FindMentions(text).Should().BeEmpty();

    [TestCase("US troops", "USA")]
    [TestCase("IRAQ VOTES", "IRQ")]
    [TestCase("IRAQIS VOTE", "IRQ")]
    public void CapitalisedText_Matches(string text, string id) =>
        Ids(text).Should().Equal(id);

    [TestCase("Iraq's oil exports rose.")]
    [TestCase("Iraq’s oil exports rose.")]
    public void Possessive_MatchesWithoutTheApostropheS(string text)
    {
        var mention = Single(text);
        mention.Entity.Id.Should().Be("IRQ");
        mention.Start.Should().Be(0);
        mention.Length.Should().Be(4);
        mention.Text.Should().Be("Iraq");
    }

    [TestCase("the U.S.-led coalition", "USA", "U.S.")]
    [TestCase("Russian-made drones", "RUS", "Russian")]
    [TestCase("a UN-backed plan", "un", "UN")]
    [TestCase("the UAE's foreign minister", "ARE", "UAE")]
    [TestCase("an Iran–Iraq border crossing", "IRN", "Iran")]
    public void HyphenatedPrefix_MatchesTheEntity(string text, string id, string mentionText)
    {
        var mention = Registry.FindMentions(text)[0];
        mention.Entity.Id.Should().Be(id);
        mention.Text.Should().Be(mentionText);
    }

    [TestCase("the United States")]
    [TestCase("The United States")]
    [TestCase("United States")]
    [TestCase("the\nUnited  States")]
    public void UnitedStates_WithOrWithoutArticle(string text)
    {
        var mention = Single($"Relations with {text} are good.");
        mention.Entity.Id.Should().Be("USA");
        mention.Form.Should().Be(MentionForm.Name);
        mention.Text.Should().StartWith("United");
    }

    [Test]
    public void Mentions_PointIntoTheOriginalText()
    {
        const string text = "On Monday, Iraq’s prime minister met U.S. and Iranian envoys in Baghdad.";
        var mentions = Registry.FindMentions(text);

        mentions.Select(m => (m.Entity.Id, m.Text, m.Form)).Should().Equal(
            ("IRQ", "Iraq", MentionForm.Name),
            ("USA", "U.S.", MentionForm.Abbreviation),
            ("IRN", "Iranian", MentionForm.Demonym),
            ("IRQ", "Baghdad", MentionForm.Capital));
        mentions.Should().AllSatisfy(m => text.Substring(m.Start, m.Length).Should().Be(m.Text));
        mentions.Select(m => m.Start).Should().BeInAscendingOrder();
    }

    [Test]
    public void TehranHasNoTiesWithCairo() =>
        Ids("Tehran has no ties with Cairo").Should().Equal("IRN", "EGY");

    // --- longest match ---------------------------------------------------------------------

    [TestCase("OPEC+ agreed to cut output.", "opec-plus", "OPEC+")]
    [TestCase("OPEC Plus agreed to cut output.", "opec-plus", "OPEC Plus")]
    [TestCase("OPEC agreed to cut output.", "opec", "OPEC")]
    [TestCase("Opec+ agreed to cut output.", "opec-plus", "Opec+")]
    [TestCase("The UN General Assembly voted.", "un-general-assembly", "UN General Assembly")]
    [TestCase("The U.N. Security Council met.", "un-security-council", "U.N. Security Council")]
    [TestCase("The Security Council met.", "un-security-council", "Security Council")]
    [TestCase("The UN Human Rights Council met.", "un-human-rights-council", "UN Human Rights Council")]
    [TestCase("The UN nuclear watchdog reported.", "iaea", "UN nuclear watchdog")]
    [TestCase("He spoke at the UN.", "un", "UN")]
    [TestCase("Western Sahara is disputed.", "ESH", "Western Sahara")]
    [TestCase("The Dominican Republic voted.", "DOM", "Dominican Republic")]
    [TestCase("Latin America trades with China.", "latin-america", "Latin America")]
    [TestCase("A Latin American bloc.", "latin-america", "Latin American")]
    [TestCase("Settlements in the West Bank grew.", "west-bank", "West Bank")]
    [TestCase("Russia's invasion of Ukraine began in 2022.", "russia-ukraine-war", "Russia's invasion of Ukraine")]
    [TestCase("Since the war in Ukraine began.", "russia-ukraine-war", "war in Ukraine")]
    [TestCase("The Russo-Ukrainian War goes on.", "russia-ukraine-war", "Russo-Ukrainian War")]
    [TestCase("After the Gaza war ended.", "israel-hamas-war", "Gaza war")]
    [TestCase("Before the 2003 invasion of Iraq.", "iraq-war", "2003 invasion of Iraq")]
    [TestCase("During the Syrian civil war.", "syrian-civil-war", "Syrian civil war")]
    public void LongestMatch_Wins(string text, string id, string mentionText)
    {
        var mention = Registry.FindMentions(text)[0];
        mention.Entity.Id.Should().Be(id);
        mention.Text.Should().Be(mentionText);
    }

    [TestCase("The West imposed sanctions.", "The West", MentionForm.Name)]
    [TestCase("Sanctions by the West.", "the West", MentionForm.Name)]
    [TestCase("Western sanctions hurt.", "Western", MentionForm.Demonym)]
    [TestCase("The Western powers met.", "Western powers", MentionForm.Alias)]
    [TestCase("Many Westerners left.", "Westerners", MentionForm.Demonym)]
    public void TheWest(string text, string mentionText, MentionForm form)
    {
        var mention = Single(text);
        mention.Entity.Id.Should().Be("west");
        mention.Text.Should().Be(mentionText);
        mention.Form.Should().Be(form);
    }

    [TestCase("Hezbollah and the Houthis", "hezbollah", "houthis")]
    [TestCase("ISIS, also called Daesh", "isis", "isis")]
    [TestCase("Islamic State and al-Qaeda", "isis", "al-qaeda")]
    [TestCase("Al-Qaeda and the Taliban", "al-qaeda", "taliban")]
    [TestCase("NATO and the EU", "nato", "eu")]
    [TestCase("Nato and the E.U.", "nato", "eu")]
    [TestCase("the GCC and the Arab League", "gcc", "arab-league")]
    [TestCase("the G7 and the G20", "g7", "g20")]
    [TestCase("the IMF and the World Bank", "imf", "world-bank")]
    [TestCase("the ICC and the ICJ", "icc", "icj")]
    [TestCase("BRICS and the SCO", "brics", "sco")]
    [TestCase("the OSCE and the Council of Europe", "osce", "council-of-europe")]
    [TestCase("the CIS and the CSTO", "cis", "csto")]
    [TestCase("the OAS and the OIC", "oas", "oic")]
    [TestCase("the African Union and the AU", "au", "au")]
    [TestCase("ASEAN and the WTO", "asean", "wto")]
    [TestCase("the WHO and the IAEA", "who", "iaea")]
    [TestCase("Hamas and Houthi fighters", "hamas", "houthis")]
    public void Organisations_AndGroups(string text, string first, string second) =>
        Ids(text).Should().Equal(first, second);

    // --- lookups ---------------------------------------------------------------------------

    [TestCase("IRQ", "IRQ")]
    [TestCase("Iraq", "IRQ")]
    [TestCase("Iraqis", "IRQ")]
    [TestCase("Baghdad", "IRQ")]
    [TestCase("the United States", "USA")]
    [TestCase("United States of America", "USA")]
    [TestCase("US", "USA")]
    [TestCase("U.S.", "USA")]
    [TestCase(" Egypt ", "EGY")]
    [TestCase("un", "un")]
    [TestCase("UN", "un")]
    [TestCase("opec-plus", "opec-plus")]
    [TestCase("OPEC+", "opec-plus")]
    [TestCase("the West", "west")]
    public void Resolve_FindsByIdOrWholeForm(string name, string id) =>
        Registry.Resolve(name)!.Id.Should().Be(id);

    [TestCase("us")]
    [TestCase("iraq")]
    [TestCase("irq")]
    [TestCase("Iraq's")]
    [TestCase("Iraq and Iran")]
    [TestCase("Atlantis")]
    [TestCase("")]
    [TestCase("   ")]
    public void Resolve_ReturnsNullWithoutAWholeMatch(string name) =>
        Registry.Resolve(name).Should().BeNull();

    [TestCase("XXX")]
    [TestCase("irq")]
    [TestCase("")]
    [TestCase("Iraq")]
    public void UnknownIds_AreNotFound(string id)
    {
        Registry.Contains(id).Should().BeFalse();
        Registry.TryGet(id, out var entity).Should().BeFalse();
        entity.Should().BeNull();
    }

    [TestCase("IRQ", EntityKind.Country, "Iraq")]
    [TestCase("USA", EntityKind.Country, "United States")]
    [TestCase("un", EntityKind.Organisation, "United Nations")]
    [TestCase("west", EntityKind.Group, "the West")]
    [TestCase("iraq-war", EntityKind.Event, "Iraq War")]
    [TestCase("middle-east", EntityKind.Place, "Middle East")]
    public void KnownIds_AreFound(string id, EntityKind kind, string name)
    {
        Registry.Contains(id).Should().BeTrue();
        Registry.TryGet(id, out var entity).Should().BeTrue();
        entity!.Kind.Should().Be(kind);
        entity.Name.Should().Be(name);
    }

    // --- data ------------------------------------------------------------------------------

    [Test]
    public void Default_HasAllCountriesFromTheData_With193UnMembers()
    {
        var data = CountryData();
        data.Should().HaveCount(250);

        var members = data.Where(c => (bool)c["unMember"]!).Select(c => (string)c["id"]!).ToList();
        members.Should().HaveCount(193);
        members.Should().Contain(["IRQ", "IRN", "EGY", "USA", "GBR", "RUS", "UKR", "TUR", "SSD"]);
        members.Should().NotContain(["VAT", "PSE", "UNK", "TWN"]);

        foreach (var id in members)
        {
            Registry.TryGet(id, out var country).Should().BeTrue(id);
            country!.Kind.Should().Be(EntityKind.Country);
            country.Capitals.Should().NotBeEmpty($"{id} should have a capital");
            country.Demonyms.Should().NotBeEmpty($"{id} should have a demonym");
        }

        foreach (var id in new[] { "VAT", "PSE", "UNK", "TWN" })
        {
            Registry.Contains(id).Should().BeTrue(id);
        }

        Registry.All.Count(e => e.Kind == EntityKind.Country).Should().Be(250);
    }

    [Test]
    public void Default_IdsAreUniqueAcrossResources()
    {
        var countries = EntityFile.LoadResource(EntityFile.CountriesResource, EntityKind.Country);
        var organisations = EntityFile.LoadResource(EntityFile.OrganisationsResource, EntityKind.Other);

        Registry.Count.Should().Be(countries.Length + organisations.Length);
        Registry.All.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        organisations.Should().OnlyContain(e => e.Kind != EntityKind.Country && e.Kind != EntityKind.Other);
        organisations.Should().OnlyContain(e => e.Id == e.Id.ToLowerInvariant() && !e.Id.Contains(' '));
        organisations.Where(e => e.RelatedTo is not null).Should().OnlyContain(e => Registry.Contains(e.RelatedTo!));
    }

    [Test]
    public void EveryEntity_IsResolvedByItsOwnName()
    {
        foreach (var entity in Registry.All)
        {
            Registry.Resolve(entity.Name).Should().BeSameAs(entity, $"'{entity.Name}' is the name of {entity.Id}");
        }
    }

    [Test]
    public void EveryNonCountryForm_ResolvesToItsOwnEntity()
    {
        foreach (var entity in Registry.All.Where(e => e.Kind != EntityKind.Country))
        {
            foreach (var form in entity.Aliases.Concat(entity.Abbreviations).Concat(entity.Demonyms))
            {
                Registry.Resolve(form).Should().BeSameAs(entity, $"'{form}' is a form of {entity.Id}");
            }
        }
    }

    // --- WithEntities ----------------------------------------------------------------------

    [Test]
    public void WithEntities_MergesFormsIntoAnExistingId()
    {
        var extended = Registry.WithEntities(
        [
            new Entity
            {
                Id = "IRQ",
                Kind = EntityKind.Other,
                Name = "Mesopotamia",
                Aliases = ["Land of the Two Rivers"],
                Capitals = ["Baghdad", "Babylon"],
                Description = "Test description",
            },
        ]);

        extended.Count.Should().Be(Registry.Count);
        extended.TryGet("IRQ", out var iraq).Should().BeTrue();
        iraq!.Kind.Should().Be(EntityKind.Country);
        iraq.Name.Should().Be("Iraq");
        iraq.Aliases.Should().Contain(["Republic of Iraq", "Land of the Two Rivers", "Mesopotamia"]);
        iraq.Capitals.Should().Equal("Baghdad", "Babylon");
        iraq.Demonyms.Should().Equal("Iraqi");
        iraq.Description.Should().Be("Test description");

        extended.FindMentions("Ancient Mesopotamia").Select(m => m.Entity.Id).Should().Equal("IRQ");
        Registry.FindMentions("Ancient Mesopotamia").Should().BeEmpty("the default registry is unchanged");
        Registry.TryGet("IRQ", out var original).Should().BeTrue();
        original!.Capitals.Should().Equal("Baghdad");
    }

    [Test]
    public void WithEntities_AddsNewEntities()
    {
        var person = new Entity
        {
            Id = "jane-doe",
            Kind = EntityKind.Person,
            Name = "Jane Doe",
            Aliases = ["Doe"],
            Role = "Foreign Minister of Iraq",
            RelatedTo = "IRQ",
        };
        var extended = Registry.WithEntities([person]);

        extended.Count.Should().Be(Registry.Count + 1);
        extended.TryGet("jane-doe", out var found).Should().BeTrue();
        found.Should().Be(person);
        extended.FindMentions("Jane Doe met Iraqi officials; Doe said talks went well.")
            .Select(m => (m.Entity.Id, m.Text))
            .Should().Equal(("jane-doe", "Jane Doe"), ("IRQ", "Iraqi"), ("jane-doe", "Doe"));
        Registry.Contains("jane-doe").Should().BeFalse();
    }

    [Test]
    public void WithEntities_OnEmpty_BuildsARegistryFromScratch()
    {
        var registry = EntityRegistry.Empty.WithEntities(
        [
            new Entity { Id = "a", Kind = EntityKind.Other, Name = "Alpha", Abbreviations = ["ALP"] },
            new Entity { Id = "a", Kind = EntityKind.Other, Name = "a", Aliases = ["First"] },
            new Entity { Id = "b", Kind = EntityKind.Other, Name = "Beta" },
        ]);

        registry.Count.Should().Be(2);
        registry.TryGet("a", out var a).Should().BeTrue();
        a!.Aliases.Should().Equal("First");
        registry.FindMentions("Alpha, ALP, alp, First and Beta").Select(m => m.Entity.Id).Should().Equal("a", "a", "a", "b");
        EntityRegistry.Empty.Count.Should().Be(0);
    }

    [Test]
    public void WithEntities_RejectsEntitiesWithoutName() =>
        FluentActions.Invoking(() => Registry.WithEntities([new Entity { Id = "x", Kind = EntityKind.Other, Name = " " }]))
            .Should().Throw<ArgumentException>();

    [Test]
    public void SharedForm_ResolvesToTheEntityWhoseNameItIs()
    {
        var extended = EntityRegistry.Empty.WithEntities(
        [
            new Entity { Id = "p", Kind = EntityKind.Person, Name = "Jordan Smith", Aliases = ["Jordan"] },
            new Entity { Id = "JOR", Kind = EntityKind.Country, Name = "Jordan" },
            new Entity { Id = "q", Kind = EntityKind.Person, Name = "Sam Chad", Aliases = ["Chad"] },
            new Entity { Id = "TCD", Kind = EntityKind.Country, Name = "Republic of Chad", Aliases = ["Chad"] },
        ]);

        extended.Resolve("Jordan")!.Id.Should().Be("JOR");
        extended.Resolve("Chad")!.Id.Should().Be("TCD", "a country beats other kinds when neither is named so");
    }

    // --- file format -----------------------------------------------------------------------

    [Test]
    public void EntityFile_ReadsArraysAndObjects()
    {
        const string json = """
            [
              { "id": "jane-doe", "kind": "person", "name": "Jane Doe", "aliases": ["Doe", " ", "Doe"], "role": "Minister", "relatedTo": "IRQ" },
              { "id": "acme", "kind": "Organization", "name": "Acme", "officialName": "Acme Corporation", "abbreviations": ["ACME"], "memberOf": "un" },
              { "id": "IRQ", "aliases": ["Mesopotamia"] }
            ]
            """;
        var entities = EntityFile.Parse(json);

        entities.Should().HaveCount(3);
        entities[0].Should().Be(new Entity { Id = "jane-doe", Kind = EntityKind.Person, Name = "Jane Doe", Aliases = ["Doe"], Role = "Minister", RelatedTo = "IRQ" });
        entities[1].Kind.Should().Be(EntityKind.Organisation);
        entities[1].Aliases.Should().Equal("Acme Corporation");
        entities[1].RelatedTo.Should().Be("un");
        entities[2].Kind.Should().Be(EntityKind.Other);
        entities[2].Name.Should().Be("IRQ");

        var merged = Registry.WithEntities(entities);
        merged.TryGet("IRQ", out var iraq).Should().BeTrue();
        iraq!.Name.Should().Be("Iraq");
        iraq.Aliases.Should().Contain("Mesopotamia").And.NotContain("IRQ");

        EntityFile.Parse("""{ "entities": [ { "id": "x", "name": "X" } ] }""", EntityKind.Place).Single().Kind.Should().Be(EntityKind.Place);
    }

    [TestCase("""[ { "name": "No id" } ]""")]
    [TestCase("""[ { "id": "a", "kind": "planet" } ]""")]
    [TestCase("""[ { "id": "a", "kind": "country, person" } ]""")]
    [TestCase("""[ { "id": "a", "kind": "1" } ]""")]
    [TestCase("""[ { "id": "a" }, { "id": "a" } ]""")]
    [TestCase("""{ "things": [] }""")]
    [TestCase("""[ { "id": "a", "aliases": "not a list" } ]""")]
    [TestCase("not json")]
    public void EntityFile_RejectsInvalidFiles(string json) =>
        FluentActions.Invoking(() => EntityFile.Parse(json, EntityKind.Other, "test.json"))
            .Should().Throw<InvalidDataException>().WithMessage("test.json*");

    [Test]
    public void Entity_ListsAreNeverDefault()
    {
        var entity = new Entity { Id = "x", Kind = EntityKind.Other, Name = "X", Aliases = default };
        entity.Aliases.IsDefault.Should().BeFalse();
        entity.Aliases.Should().BeEmpty();
        entity.Demonyms.Should().BeEmpty();
        entity.Should().Be(new Entity { Id = "x", Kind = EntityKind.Other, Name = "X", Aliases = ImmutableArray<string>.Empty });
        (entity with { Aliases = ["Ex", "Why"] }).ToString().Should().Be("Entity { Id = x, Kind = Other, Name = X, Aliases = [Ex, Why] }");
    }
}
