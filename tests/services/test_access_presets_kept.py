"""Each accessibility preset is kept where it belongs: the profile's with the profile,
a guest's on this machine, the kiosk stand's with the stand's settings."""

from __future__ import annotations

from pathlib import Path

from ipquiz.config import resolve_locations
from ipquiz.domain.accessibility import AccessPreset
from ipquiz.services.app import AppServices, open_services

LARGE = AccessPreset(text_size=200, high_contrast=True)
CALM = AccessPreset(no_time_limits=True, reduced_motion=True)


def test_a_profiles_preset_is_its_own(services: AppServices) -> None:
    alice = services.persons.create("Alice").id
    bob = services.persons.create("Bob").id
    services.accessibility.save_chosen(alice, LARGE)
    assert services.accessibility.chosen(alice) == LARGE
    assert services.accessibility.chosen(bob) == AccessPreset()
    assert services.accessibility.chosen(None) == AccessPreset()  # a guest's is apart


def test_a_guests_preset_stays_on_this_machine_across_restarts(
    data_dir: Path, small_bank: Path, services: AppServices
) -> None:
    services.accessibility.save_chosen(None, CALM)
    again = open_services(resolve_locations(data_dir=str(data_dir)), bank=small_bank)
    try:
        assert again.accessibility.chosen(None) == CALM
    finally:
        again.close()


def test_the_stands_preset_lives_with_the_kiosk_settings(services: AppServices) -> None:
    kiosk = services.kiosk()
    settings = kiosk.settings()
    services.accessibility.save_stand(CALM)
    kiosk.save_settings(settings)  # saving the other settings leaves it alone
    assert services.accessibility.stand() == CALM
    assert kiosk.settings() == settings
