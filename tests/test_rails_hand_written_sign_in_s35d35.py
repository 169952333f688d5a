"""interoperability.auth (issue 12, s35 d35 = philippe-nougaillon/open-cantine): a school-canteen billing application in Rails whose
agents sign in through a hand-written action (AdminController#check_user: ``User.authenticate2(params[:user][:username],
params[:user][:password])``, a salted SHA-256 in the model, then ``session[:user] = @u.id``) and whose families sign in on their
portal with a password stored as it is (``if @famille.password == params[:password]`` then ``session[:famille_id] = @famille.id``).
No framework's accounts (no Devise, no has_secure_password): the check said "No sign-in of people found in the code"
(not_applicable).

Now a session set in a file that reads the password typed from the request is a sign-in of local accounts, and a record's password
compared with the posted one is a plain-text comparison. Near misses: a shopping cart's id kept in the session (no password read)
and an installer keeping its step in the session while it reads a database's password sign no one in."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.auth"
APP = {
    "README.md": "# Cantine\n\nFacturation de la cantine scolaire et des garderies pour les mairies.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '4.2.11'\ngem 'mysql2'\ngem 'prawn'\n",
    "config/routes.rb": "Rails.application.routes.draw do\n  resources :factures\n  post 'admin/check_user', to: 'admin#check_user'\nend\n",
    "app/controllers/application_controller.rb": ("class ApplicationController < ActionController::Base\n  before_filter :check_authentification\n\n"
                                                  "  def check_authentification\n    unless session[:user]\n"
                                                  "      redirect_to :action => 'signin', :controller => 'admin'\n    end\n  end\nend\n"),
    "app/controllers/admin_controller.rb": ("class AdminController < ApplicationController\n  skip_before_filter :check_authentification\n\n"
                                            "  def check_user\n    @u = User.authenticate2(params[:user][:username], params[:user][:password])\n"
                                            "    if @u\n      session[:user] = @u.id\n      session[:mairie] = @u.mairie_id\n"
                                            "      redirect_to factures_path\n    else\n      flash[:notice] = 'Compte inconnu'\n    end\n  end\n\n"
                                            "  def signout\n    session[:user] = nil\n    redirect_to :action => 'signin'\n  end\nend\n"),
    "app/models/user.rb": ("class User < ActiveRecord::Base\n  def password=(pass)\n    self.password_salt = SecureRandom.hex(6)\n"
                           "    self.password_hash = Digest::SHA256.hexdigest(pass + password_salt)\n  end\n\n"
                           "  def self.authenticate2(username, password)\n    user = User.find_by_username(username)\n"
                           "    user if user && Digest::SHA256.hexdigest(password + user.password_salt) == user.password_hash\n  end\nend\n"),
    "app/controllers/factures_controller.rb": ("class FacturesController < ApplicationController\n  def index\n"
                                               "    @factures = Facture.where(mairie_id: session[:mairie])\n  end\nend\n"),
}
FAMILIES = ("class MoncompteController < ApplicationController\n  skip_before_filter :check_authentification\n\n"
            "  def famillelogin\n    @famille = Famille.find_by(email: params[:email])\n"
            "    if @famille and @famille.password == params[:password]\n      session[:famille_id] = @famille.id\n"
            "      redirect_to :action => 'familleshow'\n    else\n      flash[:notice] = 'Mot de passe incorrect'\n    end\n  end\nend\n")


def test_a_hand_written_rails_sign_in_is_local_accounts(tmp_path):
    _, res = judge(tmp_path, APP, [CID])
    r = res[CID]
    assert r["status"] != "not_applicable" and r["details"]["local_login"] is True, r["message"]  # was "No sign-in of people found"
    assert r["score"] == 3 and "local accounts" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "app/controllers/admin_controller.rb" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]


def test_a_record_password_compared_with_the_posted_one_is_plain_text(tmp_path):
    _, res = judge(tmp_path, {**APP, "app/controllers/moncompte_controller.rb": FAMILIES}, [CID])
    r = res[CID]
    assert r["score"] == 1 and r["details"]["plain_password"] == "server", r["message"]
    assert "app/controllers/moncompte_controller.rb:6" in r["message"]["en"], r["message"]


def test_a_cart_in_the_session_and_an_installer_step_sign_no_one_in(tmp_path):
    shop = {k: v for k, v in APP.items() if k not in ("app/controllers/admin_controller.rb", "app/models/user.rb",
                                                        "app/controllers/application_controller.rb")}
    shop["app/controllers/carts_controller.rb"] = ("class CartsController < ApplicationController\n  def create\n"
                                                   "    @cart = Cart.create(params[:cart])\n    session[:cart_id] = @cart.id\n"
                                                   "    redirect_to @cart\n  end\nend\n")
    shop["app/controllers/install_controller.rb"] = ("class InstallController < ApplicationController\n  def database\n"
                                                     "    Setup.write(params[:db_host], params[:db_password])\n    session[:step] = 2\n  end\nend\n")
    _, res = judge(tmp_path, shop, [CID])
    r = res[CID]
    assert r["details"].get("local_login") is False and r["status"] == "not_applicable", r["message"]
