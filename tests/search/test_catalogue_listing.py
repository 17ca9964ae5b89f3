"""The catalogue's locality and group pages are the one query path with a preset filter
(catalogue.listing, filled by search.listing): sub-regions and sub-groups included, the other
filters of the query string honoured, the page's own region or group not overridable."""


def titles(response):
    return [p.title for p in response.context["products"]]


def test_locality_page_is_the_search_with_its_region_preset(catalogue, client):
    url = catalogue.builder.catalogue.url + "region/ha-long/"
    response = client.get(url)
    assert response.status_code == 200
    # Hồng Gai is a ward of Hạ Long: its squid cakes are listed too; best rated first
    assert titles(response) == ["Chả mực Hạ Long", "Mực khô Hạ Long"]
    assert response.context["kind"] == "region" and response.context["term"].slug == "ha-long"
    assert response.context["filters"].region.slug == "ha-long"
    assert response.context["search_result"].degraded is False
    assert titles(client.get(url, {"in_stock": "1"})) == ["Chả mực Hạ Long"]
    assert titles(client.get(url, {"region": "ba-che"})) == ["Chả mực Hạ Long", "Mực khô Hạ Long"]
    assert client.get(url, {"stars": "nine"}).status_code == 200  # a browsing page ignores bad filters


def test_group_page_is_the_search_with_its_group_preset(catalogue, client):
    url = catalogue.builder.catalogue.url + "group/do-uong/"
    response = client.get(url)
    assert response.status_code == 200
    assert set(titles(response)) == {"Trà hoa vàng Ba Chẽ", "Chè xanh Đầm Hà", "Rượu mơ Yên Tử"}
    assert titles(response)[0] == "Trà hoa vàng Ba Chẽ"  # five stars
    assert response.context["products"].paginator.count == 3
    assert titles(client.get(url, {"stars": "4"}))[-1] == "Rượu mơ Yên Tử"
    assert "Chè xanh Đầm Hà" not in titles(client.get(url, {"stars": "4"}))
