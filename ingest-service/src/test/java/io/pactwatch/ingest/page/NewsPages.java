package io.pactwatch.ingest.page;

/** HTML pages as news sites serve them: the article amid navigation, scripts, ads and footers. */
final class NewsPages {

	private NewsPages() {
	}

	static String article(String title, String extraHead) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head>
				<title>%1$s | Example News</title>
				<meta property="og:title" content="%1$s">
				<meta property="og:site_name" content="Example News">
				<link rel="canonical" href="https://news.example/world/space-pact">
				%2$s
				<script>function trackVisitor() { return 1; }</script>
				<style>.ad { color: red; }</style>
				</head><body>
				<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
				<div class="ad-banner advertisement">Subscribe now and save 50 percent on every plan!</div>
				<main><article>
				<h1>%1$s</h1>
				<p>China and Russia are expected to sign a five-year space pact slated for an October signing, officials
				said on Monday in Beijing after two days of talks between the two space agencies.</p>
				<p>The agreement covers lunar exploration, satellite navigation and the monitoring of space debris between
				2018 and 2022, according to a statement published by the Chinese space agency on its website.</p>
				<p>Officials in Moscow said the deal would be the first of its kind between the two countries and would be
				followed by further agreements on launch services and the training of astronauts.</p>
				</article></main>
				<aside class="related"><ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related two</a></li></ul></aside>
				<footer>Copyright 2017 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
				</body></html>
				""".formatted(title, extraHead);
	}

	static String french() {
		return """
				<html lang="fr"><head><title>Accord spatial</title></head><body>
				<nav><a href="/">Accueil</a></nav>
				<article><h1>Accord spatial</h1>
				<p>La Chine et la Russie devraient signer un accord spatial de cinq ans lors d'une cérémonie prévue en
				octobre, ont indiqué lundi des responsables à Pékin après deux jours de discussions.</p>
				<p>L'accord couvre l'exploration lunaire, la navigation par satellite et la surveillance des débris
				spatiaux entre 2018 et 2022, selon un communiqué de l'agence spatiale chinoise.</p>
				</article></body></html>
				""";
	}

	static String russian() {
		return """
				<html><head><title>Космическое соглашение</title></head><body>
				<nav><a href="/">Главная</a></nav>
				<article><h1>Космическое соглашение</h1>
				<p>Китай и Россия, как ожидается, подпишут пятилетнее соглашение о сотрудничестве в космосе в октябре,
				сообщили в понедельник официальные лица в Пекине после двух дней переговоров.</p>
				<p>Соглашение охватывает исследование Луны, спутниковую навигацию и наблюдение за космическим мусором
				в период с 2018 по 2022 год, говорится в заявлении китайского космического агентства.</p>
				</article></body></html>
				""";
	}

}
