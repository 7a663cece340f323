# mapje-endpoint's library: everything but main.cpp, so the tests link the same code.
set(mapje_folder_sources
    config/endpointconfig.h config/endpointconfig.cpp
    security/secrets.h security/secrets.cpp
    storage/database.h storage/database.cpp
    storage/pairingstore.h storage/pairingstore.cpp
    storage/sharestore.h storage/sharestore.cpp
    storage/idempotencystore.h storage/idempotencystore.cpp
    storage/numberedstore.h storage/numberedstore.cpp
    storage/handoffstore.h storage/handoffstore.cpp
    http/answer.h http/answer.cpp
    http/ratelimiter.h http/ratelimiter.cpp
    http/page.h http/page.cpp
    http/endpointserver.h http/endpointserver.cpp
    http/pairingroutes.cpp
    http/shareroutes.cpp
    http/proposalroutes.cpp
    http/handoffroutes.cpp
    admin/admincommand.h admin/admincommand.cpp
    staffweb/html.h staffweb/html.cpp
    staffweb/formfields.h staffweb/formfields.cpp
    staffweb/formhtml.h staffweb/formhtml.cpp
    staffweb/staffpage.h staffweb/staffpage.cpp
    staffweb/dutchtime.h staffweb/dutchtime.cpp
    staffweb/sharehtml.h staffweb/sharehtml.cpp
    staffweb/proposalform.h staffweb/proposalform.cpp
    staffweb/passwordhash.h staffweb/passwordhash.cpp
    staffweb/staffaccountstore.h staffweb/staffaccountstore.cpp
    staffweb/sessionstore.h staffweb/sessionstore.cpp
    staffweb/sessioncookie.h staffweb/sessioncookie.cpp
    staffweb/signintries.h staffweb/signintries.cpp
    staffweb/formguard.h staffweb/formguard.cpp
    staffweb/auditlog.h staffweb/auditlog.cpp
    staffweb/requestanswers.h staffweb/requestanswers.cpp
    staffweb/staffwebsettings.h
    staffweb/staffwebroutes.cpp
    staffweb/staffcitizenroutes.cpp
    staffweb/staffaccountcommand.h staffweb/staffaccountcommand.cpp
    main.cpp
)
