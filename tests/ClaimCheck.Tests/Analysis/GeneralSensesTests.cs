using ClaimCheck.Analysis;
using Newtonsoft.Json.Linq;

namespace ClaimCheck.Tests.Analysis;

/// <summary>
/// WordNet's dominant senses (Resources/wordnet-senses.txt) make words synonyms that the lexicon does not list; they
/// must never make opposites match.
/// </summary>
public sealed class GeneralSensesTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    private static bool Match(string a, string b) =>
        Lexicon.SharesSense(Lexicon.Stemmer.Stem(a), Lexicon.Senses(Lexicon.Stemmer.Stem(b)));

    [TestCase("touched", "affected")]
    [TestCase("reiterated", "repeated")]
    [TestCase("permits", "allows")]
    public void WordNetSynonyms_Match(string a, string b) => Match(a, b).Should().BeTrue();

    [TestCase("rose", "fell")]
    [TestCase("bought", "sold")]
    [TestCase("joined", "left")]
    [TestCase("won", "lost")]
    [TestCase("accepted", "rejected")]
    [TestCase("increase", "decrease")]
    [TestCase("exports", "imports")]
    [TestCase("allies", "enemies")]
    public void Opposites_NeverMatch(string a, string b) => Match(a, b).Should().BeFalse();

    [Test]
    public void NoAntonymPairOfTheLexicon_SharesASense()
    {
        var root = JObject.Parse(ClaimCheck.Storage.EmbeddedResources.ReadText("lexicon.json"));
        var sharing = root["antonyms"]!.Children<JArray>()
            .Select(pair => ((string)pair[0]!, (string)pair[1]!))
            .Where(pair => Match(pair.Item1, pair.Item2))
            .ToList();

        sharing.Should().BeEmpty("an antonym pair that shares a sense would cover a statement with its opposite");
    }
}
