# The Debian package (scripts/package.sh): cpack -G DEB over the install rules. Library
# dependencies come from dpkg-shlibdeps; the rest are what Qt loads at run time as plugins.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dateline)
set(CPACK_PACKAGE_VENDOR "The Dateline developers")
set(CPACK_PACKAGE_CONTACT "The Dateline developers <dateline@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timelines of diplomatic events with their quotes and sources")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://dateline.example.org/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # dateline_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Appended to by dpkg-shlibdeps, which cannot see plugins: the xcb platform plugin is only
# recommended by libqt6gui6. (The SVG icon engine is in libqt6svg6, which the app links.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The long description under the summary line (cpack indents it for the control file).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Dateline keeps dated diplomatic events (who met whom, where and when, even
when the date is only known roughly) with verbatim quotes and graded sources
in a single SQLite document, and draws them on a zoomable timeline that
exports to PNG, SVG and PDF. dateline-cli does the same without a display.")
# Menu, MIME and icon caches are refreshed by the dpkg triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme: no maintainer scripts needed.
include(CPack)
